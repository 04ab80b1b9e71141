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
            <source>Access to the system keychain was denied. Allow the console to use it, or keep the key for this session only.</source>
            <translation>访问系统钥匙串被拒绝。请允许控制台使用它，或仅在本次会话中保留密钥。</translation>
        </message>
        <message>
            <source>The keychain operation failed: %1</source>
            <translation>钥匙串操作失败：%1</translation>
        </message>
    </context>
</TS>
