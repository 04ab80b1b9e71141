<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ApiError</name>
        <message>
            <source>The service rejected the request: %1</source>
            <translation>服务拒绝了该请求：%1</translation>
        </message>
        <message>
            <source>The value of “%1” was rejected: %2</source>
            <translation>字段“%1”的值被拒绝：%2</translation>
        </message>
        <message>
            <source>The API key was refused. Enter a valid key for this connection profile.</source>
            <translation>API 密钥被拒绝。请为此连接配置输入有效的密钥。</translation>
        </message>
        <message>
            <source>No API key is stored for this connection profile. Enter one in the profile settings.</source>
            <translation>此连接配置尚未保存 API 密钥。请在配置设置中输入。</translation>
        </message>
        <message>
            <source>The account has run out of credit. Top up to continue.</source>
            <translation>账户余额不足。请充值后继续。</translation>
        </message>
        <message>
            <source>This key is not allowed to do that.</source>
            <translation>此密钥无权执行该操作。</translation>
        </message>
        <message>
            <source>Not found: it may have been deleted by someone else.</source>
            <translation>未找到：它可能已被他人删除。</translation>
        </message>
        <message>
            <source>The service refused because of a conflict: %1</source>
            <translation>服务因冲突而拒绝：%1</translation>
        </message>
        <message numerus="yes">
            <source>The service is limiting requests. Try again in %n second(s).</source>
            <translation>
                <numerusform>服务正在限制请求频率。请在 %n 秒后重试。</numerusform>
            </translation>
        </message>
        <message>
            <source>The service is limiting requests. Try again shortly.</source>
            <translation>服务正在限制请求频率。请稍后重试。</translation>
        </message>
        <message>
            <source>The service had an internal problem (HTTP %1). Try again later.</source>
            <translation>服务内部出现问题（HTTP %1）。请稍后重试。</translation>
        </message>
        <message>
            <source>The service answered with HTTP %1.</source>
            <translation>服务返回了 HTTP %1。</translation>
        </message>
        <message numerus="yes">
            <source>The service did not answer within %n second(s).</source>
            <translation>
                <numerusform>服务在 %n 秒内未响应。</numerusform>
            </translation>
        </message>
        <message>
            <source>The service did not answer in time.</source>
            <translation>服务未能及时响应。</translation>
        </message>
        <message>
            <source>Cannot connect to %1: the connection was refused. Is the server running and the base URL right?</source>
            <translation>无法连接到 %1：连接被拒绝。服务器是否在运行？基础 URL 是否正确？</translation>
        </message>
        <message>
            <source>Cannot find the host %1. Check the base URL and your network.</source>
            <translation>找不到主机 %1。请检查基础 URL 和网络。</translation>
        </message>
        <message>
            <source>The connection was closed before the answer arrived.</source>
            <translation>在收到响应之前连接已关闭。</translation>
        </message>
        <message>
            <source>The secure connection could not be established: %1</source>
            <translation>无法建立安全连接：%1</translation>
        </message>
        <message>
            <source>Network error: %1</source>
            <translation>网络错误：%1</translation>
        </message>
        <message>
            <source>The service sent an answer that is not valid JSON.</source>
            <translation>服务返回的响应不是有效的 JSON。</translation>
        </message>
        <message>
            <source>The request was cancelled.</source>
            <translation>请求已取消。</translation>
        </message>
    </context>
    <context>
        <name>ConnectionStatusWidget</name>
        <message>
            <source>reading key from keychain…</source>
            <translation>正在从钥匙串读取密钥…</translation>
        </message>
        <message>
            <source>no API key</source>
            <translation>无 API 密钥</translation>
        </message>
        <message>
            <source>keychain unavailable</source>
            <translation>钥匙串不可用</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <source>online</source>
            <translation>在线</translation>
        </message>
        <message>
            <source>unreachable</source>
            <translation>无法访问</translation>
        </message>
        <message>
            <source>key rejected</source>
            <translation>密钥被拒绝</translation>
        </message>
        <message>
            <source>No profile selected</source>
            <translation>未选择连接配置</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>DbTreeModel</name>
        <message>
            <source>provisioning</source>
            <translation>正在预置</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <source>deleting</source>
            <translation>正在删除</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Databases</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Branches</source>
            <translation>分支</translation>
        </message>
        <message>
            <source>Snapshots</source>
            <translation>快照</translation>
        </message>
        <message>
            <source>%1 — loading…</source>
            <translation>%1 — 正在加载…</translation>
        </message>
        <message>
            <source>%1 — failed to load</source>
            <translation>%1 — 加载失败</translation>
        </message>
        <message>
            <source>Load more…</source>
            <translation>加载更多…</translation>
        </message>
    </context>
    <context>
        <name>DeleteConfirmDialog</name>
        <message>
            <source>Delete project</source>
            <translation>删除项目</translation>
        </message>
        <message>
            <source>Delete branch</source>
            <translation>删除分支</translation>
        </message>
        <message>
            <source>Delete the project &lt;b&gt;%1&lt;/b&gt;? This cannot be undone.</source>
            <translation>删除项目 &lt;b&gt;%1&lt;/b&gt;？此操作无法撤销。</translation>
        </message>
        <message>
            <source>Delete the branch &lt;b&gt;%1&lt;/b&gt;? This cannot be undone.</source>
            <translation>删除分支 &lt;b&gt;%1&lt;/b&gt;？此操作无法撤销。</translation>
        </message>
        <message>
            <source>It also deletes:</source>
            <translation>同时还会删除：</translation>
        </message>
        <message>
            <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
            <translation>输入 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>The name does not match.</source>
            <translation>名称不匹配。</translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <source>Provisioning</source>
            <translation>正在预置</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <source>Deleting</source>
            <translation>正在删除</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>刚刚</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n 分钟前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n 小时前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n 天前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) ago</source>
            <translation>
                <numerusform>%n 个月前</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Connection URI:</source>
            <translation>连接 URI：</translation>
        </message>
        <message>
            <source>Postgres project</source>
            <translation>Postgres 项目</translation>
        </message>
        <message>
            <source>New branch…</source>
            <translation>新建分支…</translation>
        </message>
        <message>
            <source>Snapshot…</source>
            <translation>快照…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Copy as curl</source>
            <translation>复制为 curl 命令</translation>
        </message>
        <message>
            <source>ID:</source>
            <translation>ID：</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>Vendor:</source>
            <translation>供应商：</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>区域：</translation>
        </message>
        <message>
            <source>Plan:</source>
            <translation>套餐：</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>模式：</translation>
        </message>
        <message>
            <source>Postgres version:</source>
            <translation>Postgres 版本：</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>创建时间：</translation>
        </message>
        <message>
            <source>Branch of %1</source>
            <translation>%1 的分支</translation>
        </message>
        <message>
            <source>Project:</source>
            <translation>项目：</translation>
        </message>
        <message>
            <source>Parent branch:</source>
            <translation>父分支：</translation>
        </message>
        <message>
            <source>none (root branch)</source>
            <translation>无（根分支）</translation>
        </message>
        <message>
            <source>Snapshot of %1</source>
            <translation>%1 的快照</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>大小：</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>未选择任何项</translation>
        </message>
        <message>
            <source>Select a project, branch or snapshot to see its details.</source>
            <translation>选择一个项目、分支或快照以查看详情。</translation>
        </message>
    </context>
    <context>
        <name>ExplorerWidget</name>
        <message>
            <source>New project…</source>
            <translation>新建项目…</translation>
        </message>
        <message>
            <source>Create a managed Postgres project (%1)</source>
            <translation>创建托管 Postgres 项目（%1）</translation>
        </message>
        <message>
            <source>New branch…</source>
            <translation>新建分支…</translation>
        </message>
        <message>
            <source>Create a copy-on-write branch of the selected project or branch</source>
            <translation>为所选项目或分支创建写时复制分支</translation>
        </message>
        <message>
            <source>Snapshot…</source>
            <translation>快照…</translation>
        </message>
        <message>
            <source>Take a point-in-time snapshot of the selected project</source>
            <translation>为所选项目创建时间点快照</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <source>Restore the selected snapshot into a new project</source>
            <translation>将所选快照恢复为新项目</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Delete the selected project or branch</source>
            <translation>删除所选项目或分支</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Filter by name or id (Ctrl+F)</source>
            <translation>按名称或 ID 筛选（Ctrl+F）</translation>
        </message>
        <message>
            <source>Explorer actions</source>
            <translation>资源浏览器操作</translation>
        </message>
        <message numerus="yes">
            <source>its %n loaded branch(es), and any not loaded yet</source>
            <translation>
                <numerusform>已加载的 %n 个分支，以及尚未加载的分支</numerusform>
            </translation>
        </message>
        <message>
            <source>all of its branches</source>
            <translation>它的全部分支</translation>
        </message>
        <message>
            <source>all of its snapshots</source>
            <translation>它的全部快照</translation>
        </message>
        <message>
            <source>Delete branch</source>
            <translation>删除分支</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; is the project's root branch; it goes only with the project.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; 是项目的根分支，只能随项目一起删除。</translation>
        </message>
        <message numerus="yes">
            <source>This branch has %n child branch(es): %1. Delete them first.</source>
            <translation>
                <numerusform>此分支有 %n 个子分支：%1。请先删除它们。</numerusform>
            </translation>
        </message>
        <message>
            <source>Select them</source>
            <translation>选中它们</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Infrai Console</source>
            <translation>关于 Infrai 控制台</translation>
        </message>
        <message>
            <source>&lt;b&gt;Infrai Console&lt;/b&gt; %1&lt;br&gt;Manage databases and message queues on infrai, Neo4j Aura and Databricks Lakebase.</source>
            <translation>&lt;b&gt;Infrai 控制台&lt;/b&gt; %1&lt;br&gt;管理 infrai、Neo4j Aura 和 Databricks Lakebase 上的数据库与消息队列。</translation>
        </message>
        <message>
            <source>Infrai Console</source>
            <translation>Infrai 控制台</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Connection &amp;profiles…</source>
            <translation>连接配置(&amp;P)…</translation>
        </message>
        <message>
            <source>Add, edit or remove connection profiles</source>
            <translation>添加、编辑或删除连接配置</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;About Infrai Console</source>
            <translation>关于 Infrai 控制台(&amp;A)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>连接配置：</translation>
        </message>
        <message>
            <source>No connection profile yet. Use &lt;b&gt;Connection profiles…&lt;/b&gt; to add one with its base URL and API key.</source>
            <translation>尚无连接配置。请使用&lt;b&gt;连接配置…&lt;/b&gt;添加一个，并填写基础 URL 和 API 密钥。</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>正在连接到 %1…</translation>
        </message>
        <message>
            <source>Connected to %1.</source>
            <translation>已连接到 %1。</translation>
        </message>
        <message>
            <source>Operations in progress</source>
            <translation>操作进行中</translation>
        </message>
        <message numerus="yes">
            <source>%n operation(s) are still in progress. They continue on the service, but this window will no longer follow them. Quit anyway?</source>
            <translation>
                <numerusform>仍有 %n 个操作正在进行。它们会在服务端继续执行，但此窗口将不再跟踪。仍要退出吗？</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewBranchDialog</name>
        <message>
            <source>New branch of %1</source>
            <translation>新建 %1 的分支</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;From branch:</source>
            <translation>源分支(&amp;F)：</translation>
        </message>
        <message>
            <source>e.g. preview-pr-512</source>
            <translation>例如：preview-pr-512</translation>
        </message>
        <message>
            <source>Create branch</source>
            <translation>创建分支</translation>
        </message>
        <message>
            <source>Enter a name for the branch.</source>
            <translation>请输入分支名称。</translation>
        </message>
    </context>
    <context>
        <name>NewProjectDialog</name>
        <message>
            <source>Vendor choices could not be loaded: %1</source>
            <translation>无法加载供应商选项：%1</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>新建项目</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>模式(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Vendor:</source>
            <translation>供应商(&amp;V)：</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>区域(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Plan:</source>
            <translation>套餐(&amp;P)：</translation>
        </message>
        <message>
            <source>Postgres &amp;version:</source>
            <translation>Postgres 版本(&amp;V)：</translation>
        </message>
        <message>
            <source>e.g. billing-prod</source>
            <translation>例如：billing-prod</translation>
        </message>
        <message>
            <source>Managed</source>
            <translation>托管</translation>
        </message>
        <message>
            <source>Bring your own key (byok)</source>
            <translation>自带密钥（byok）</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>Automatic (gateway chooses)</source>
            <translation>自动（由网关选择）</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source>Loading vendors…</source>
            <translation>正在加载供应商…</translation>
        </message>
        <message>
            <source>%1 (unavailable)</source>
            <translation>%1（不可用）</translation>
        </message>
        <message>
            <source>Enter a name for the project.</source>
            <translation>请输入项目名称。</translation>
        </message>
        <message>
            <source>Bring-your-own-key projects need a specific vendor.</source>
            <translation>自带密钥（byok）项目必须指定供应商。</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <source>Create project %1</source>
            <translation>创建项目 %1</translation>
        </message>
        <message>
            <source>Delete project %1</source>
            <translation>删除项目 %1</translation>
        </message>
        <message>
            <source>Create branch %1</source>
            <translation>创建分支 %1</translation>
        </message>
        <message>
            <source>Delete branch %1</source>
            <translation>删除分支 %1</translation>
        </message>
        <message>
            <source>Snapshot %1</source>
            <translation>为 %1 创建快照</translation>
        </message>
        <message>
            <source>Restore into %1</source>
            <translation>恢复为 %1</translation>
        </message>
        <message>
            <source>Top up credit</source>
            <translation>充值</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>provisioning</source>
            <translation>正在预置</translation>
        </message>
        <message>
            <source>succeeded</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
    </context>
    <context>
        <name>OperationsDock</name>
        <message>
            <source>Operations</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>重试(&amp;R)</translation>
        </message>
        <message>
            <source>Copy &amp;error</source>
            <translation>复制错误(&amp;E)</translation>
        </message>
    </context>
    <context>
        <name>OperationsModel</name>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>耗时</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>infrai (databases and queues)</source>
            <translation>infrai（数据库与队列）</translation>
        </message>
        <message>
            <source>Neo4j Aura</source>
            <translation>Neo4j Aura</translation>
        </message>
        <message>
            <source>Databricks Lakebase</source>
            <translation>Databricks Lakebase</translation>
        </message>
        <message>
            <source>Give the profile a name.</source>
            <translation>请为连接配置命名。</translation>
        </message>
        <message>
            <source>The base URL is not a valid URL.</source>
            <translation>基础 URL 不是有效的 URL。</translation>
        </message>
        <message>
            <source>The base URL must start with https://.</source>
            <translation>基础 URL 必须以 https:// 开头。</translation>
        </message>
        <message>
            <source>Use https:// for %1: keys must not travel unencrypted. Plain http is allowed only for a server on this machine.</source>
            <translation>%1 请使用 https://：密钥不得以明文传输。仅本机上的服务器允许使用 http。</translation>
        </message>
    </context>
    <context>
        <name>ProfileManagerDialog</name>
        <message>
            <source>The key is kept for this session only.</source>
            <translation>密钥仅在本次会话中保留。</translation>
        </message>
        <message>
            <source>Connection profiles</source>
            <translation>连接配置</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Keep for this session only</source>
            <translation>仅在本次会话中保留</translation>
        </message>
        <message>
            <source>e.g. Production</source>
            <translation>例如：生产环境</translation>
        </message>
        <message>
            <source>Stored in the system keychain; leave empty to keep the current key</source>
            <translation>保存在系统钥匙串中；留空则保留当前密钥</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Service:</source>
            <translation>服务(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Base URL:</source>
            <translation>基础 URL(&amp;B)：</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API 密钥(&amp;K)：</translation>
        </message>
        <message>
            <source>Enter a name, the service's base URL and an API key.</source>
            <translation>请输入名称、服务的基础 URL 和 API 密钥。</translation>
        </message>
        <message>
            <source>Profile saved.</source>
            <translation>连接配置已保存。</translation>
        </message>
        <message>
            <source>Profile saved. Storing the key in the keychain…</source>
            <translation>连接配置已保存。正在将密钥存入钥匙串…</translation>
        </message>
        <message>
            <source>Profile saved; the key is in the system keychain.</source>
            <translation>连接配置已保存；密钥已存入系统钥匙串。</translation>
        </message>
        <message>
            <source>Testing %1…</source>
            <translation>正在测试 %1…</translation>
        </message>
        <message>
            <source>Connected: the service accepted the key.</source>
            <translation>已连接：服务接受了该密钥。</translation>
        </message>
    </context>
    <context>
        <name>RequestLogDock</name>
        <message>
            <source>Copy as curl</source>
            <translation>复制为 curl 命令</translation>
        </message>
        <message>
            <source>Copy request ID</source>
            <translation>复制请求 ID</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>请求日志</translation>
        </message>
    </context>
    <context>
        <name>RequestLogModel</name>
        <message>
            <source>%1 (attempt %2)</source>
            <translation>%1（第 %2 次尝试）</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 毫秒</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>耗时</translation>
        </message>
        <message>
            <source>Request ID</source>
            <translation>请求 ID</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>The key is kept for this session only and will be forgotten when the console closes.</source>
            <translation>密钥仅在本次会话中保留，关闭控制台后即被遗忘。</translation>
        </message>
        <message>
            <source>No key is stored for this profile yet.</source>
            <translation>此连接配置尚未保存密钥。</translation>
        </message>
        <message>
            <source>The system keychain is not available or is locked. Start and unlock your keyring (for example GNOME Keyring or KWallet) and try again, or keep the key for this session only.</source>
            <translation>系统钥匙串不可用或已锁定。请启动并解锁密钥环（例如 GNOME Keyring 或 KWallet）后重试，或仅在本次会话中保留密钥。</translation>
        </message>
        <message>
            <source>The keychain operation failed: %1</source>
            <translation>钥匙串操作失败：%1</translation>
        </message>
        <message>
            <source>The system keychain refused access; it may be locked. Unlock your keyring (or allow the console to use it) and try again, or keep the key for this session only.</source>
            <translation>系统钥匙串拒绝了访问，它可能已被锁定。请解锁密钥环（或允许控制台使用它）后重试，或仅在本次会话中保留密钥。</translation>
        </message>
    </context>
    <context>
        <name>SnapshotDialog</name>
        <message>
            <source>Restore snapshot</source>
            <translation>恢复快照</translation>
        </message>
        <message>
            <source>New project &amp;name:</source>
            <translation>新项目名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Snapshot %1</source>
            <translation>为 %1 创建快照</translation>
        </message>
        <message>
            <source>&amp;Label (optional):</source>
            <translation>标签（可选）(&amp;L)：</translation>
        </message>
        <message>
            <source>e.g. before-migration-0043</source>
            <translation>例如：before-migration-0043</translation>
        </message>
        <message>
            <source>Create snapshot</source>
            <translation>创建快照</translation>
        </message>
        <message>
            <source>Enter a name for the new project.</source>
            <translation>请输入新项目的名称。</translation>
        </message>
    </context>
    <context>
        <name>TopUpDialog</name>
        <message>
            <source>Asking the service for a checkout page…</source>
            <translation>正在向服务请求付款页面…</translation>
        </message>
        <message>
            <source>The checkout page is open in your browser (%1). When the payment is done, retry the failed operation from the Operations dock.</source>
            <translation>付款页面已在浏览器中打开（%1）。付款完成后，请在“操作”面板中重试失败的操作。</translation>
        </message>
        <message>
            <source>Out of credit</source>
            <translation>余额不足</translation>
        </message>
        <message>
            <source>The account has run out of credit, so the service refused to create more resources. Top up to continue; nothing was created.</source>
            <translation>账户余额已用完，服务拒绝创建更多资源。请充值后继续；本次未创建任何资源。</translation>
        </message>
        <message>
            <source>Open checkout page</source>
            <translation>打开付款页面</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
</TS>
