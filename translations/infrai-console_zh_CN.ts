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
    <message>
        <source>The service sent an answer of an unexpected shape.</source>
        <translation>服务返回的应答结构与预期不符。</translation>
    </message>
    <message>
        <source>The service accepted the request, but the resource failed while it was being set up.</source>
        <translation>服务已接受请求，但该资源在创建过程中失败。</translation>
    </message>
    <message>
        <source>The service accepted the request, but the resource failed while it was being set up: %1</source>
        <translation>服务已接受请求，但该资源在创建过程中失败：%1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>service text</comment>
        <extracomment>The service&apos;s own message, quoted verbatim (zh: add （服务原文） after it).</extracomment>
        <translation>“%1”（服务原文）</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>服务返回：%1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>key refused</source>
        <translation>密钥被拒</translation>
    </message>
    <message>
        <source>out of credit</source>
        <translation>额度不足</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>请求受限</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP 错误</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>malformed answer</source>
        <translation>应答格式错误</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>resource failed</source>
        <translation>资源失败</translation>
    </message>
    <message>
        <source>The service accepted the request, but the operation failed: %1 (%2)</source>
        <translation>服务已接受请求，但操作失败：%1（%2）</translation>
    </message>
    <message>
        <source>operation failed</source>
        <translation>操作失败</translation>
    </message>
    <message>
        <source>The service accepted the request, but the operation failed (%1).</source>
        <extracomment>%1 is the service&apos;s message, %2 its error code (e.g. INTERNAL_ERROR).</extracomment>
        <translation>服务已接受请求，但操作失败（%1）。</translation>
    </message>
</context>
<context>
    <name>AuraActions</name>
    <message>
        <source>an instance named “%1” exists now: it was probably created, but the answer with its password was lost</source>
        <translation>现在存在名为“%1”的实例：它很可能已创建，但包含其密码的应答丢失了</translation>
    </message>
    <message>
        <source>it is not known whether the instance was created; look in the tree before trying again</source>
        <translation>无法确定实例是否已创建；重试前请先在资源树中查看</translation>
    </message>
</context>
<context>
    <name>AuraPasswordDialog</name>
    <message>
        <source>&amp;Copy password</source>
        <translation>复制密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as .env…</source>
        <translation>另存为 .env(&amp;S)…</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>This is the only time Aura shows the password of &lt;b&gt;%1&lt;/b&gt;. Copy it or save it as a .env file now: without it, the instance has to be recreated.</source>
        <translation>这是 Aura 唯一一次显示 &lt;b&gt;%1&lt;/b&gt; 的密码。请立即复制或保存为 .env 文件：没有它，只能重新创建实例。</translation>
    </message>
    <message>
        <source>Connection URI:</source>
        <translation>连接 URI：</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>It is also kept in the system keychain, where the instance&apos;s details offer it.</source>
        <translation>它也已保存在系统钥匙串中，可在实例详情中取用。</translation>
    </message>
    <message>
        <source>It could not be kept in the keychain (%1): copy or save it now.</source>
        <translation>无法保存到钥匙串（%1）：请立即复制或保存。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1 — but git does not ignore it there: add it to .gitignore before it is committed.</source>
        <translation>已保存到 %1 —— 但 git 在该处不会忽略它：请在提交前将其加入 .gitignore。</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation>已保存到 %1（仅你可读）。</translation>
    </message>
    <message>
        <source>Save as .env</source>
        <translation>另存为 .env</translation>
    </message>
    <message>
        <source>Close without the password?</source>
        <translation>不保存密码就关闭？</translation>
    </message>
    <message>
        <source>The password was neither copied nor saved. Aura will not show it again (the keychain keeps a copy when it could). Close anyway?</source>
        <translation>密码既未复制也未保存。Aura 不会再次显示它（钥匙串在可能时会保留一份）。仍要关闭吗？</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Saved to %1 — it is inside a git work tree, and git is not installed to check its ignore rules: make sure .gitignore covers it.</source>
        <translation>已保存到 %1 —— 它位于 git 工作树中，但未安装 git，无法检查忽略规则：请确认 .gitignore 已包含它。</translation>
    </message>
</context>
<context>
    <name>ComputeFields</name>
    <message>
        <source> CU</source>
        <extracomment>Compute units of a Lakebase endpoint.</extracomment>
        <translation> CU</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Never suspend</source>
        <translation>从不挂起(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ConnectionProblemPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>编辑配置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Add a connection profile…</source>
        <translation>添加连接配置(&amp;A)…</translation>
    </message>
    <message>
        <source>No connection profile yet</source>
        <translation>还没有连接配置</translation>
    </message>
    <message>
        <source>Add a profile with the service&apos;s base URL and API key. The key is kept in the system keychain.</source>
        <translation>添加一个配置，填写服务的基础 URL 和 API 密钥。密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接 %1。</translation>
    </message>
    <message>
        <source>%1 has no API key</source>
        <translation>%1 没有 API 密钥</translation>
    </message>
    <message>
        <source>The keychain did not give the key of %1</source>
        <translation>钥匙串未能提供 %1 的密钥</translation>
    </message>
    <message>
        <source>%1 refused the key</source>
        <translation>%1 拒绝了该密钥</translation>
    </message>
    <message>
        <source>%1 cannot be reached</source>
        <translation>无法连接 %1</translation>
    </message>
    <message>
        <source>&amp;Use a different profile…</source>
        <translation>改用其他配置(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Add another profile…</source>
        <translation>添加其他配置(&amp;A)…</translation>
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
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Failing calls:</source>
        <translation>出错的调用：</translation>
    </message>
    <message>
        <source>They are retried by themselves.</source>
        <translation>它们会自动重试。</translation>
    </message>
    <message>
        <source>retrying now…</source>
        <translation>正在重试…</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>%n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Check the connection now instead of waiting</source>
        <translation>立即检查连接，不再等待</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Status bar: &quot;online, databases failing (503)&quot;.</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>databases failing (%1)</source>
        <extracomment>Part of the status bar: &quot;online, databases failing (503)&quot;; %1 is the HTTP status.</extracomment>
        <translation>数据库出错（%1）</translation>
    </message>
    <message>
        <source>databases failing</source>
        <translation>数据库出错</translation>
    </message>
    <message>
        <source>queues failing (%1)</source>
        <extracomment>Part of the status bar: &quot;online, queues failing (503)&quot;; %1 is the HTTP status.</extracomment>
        <translation>队列出错（%1）</translation>
    </message>
    <message>
        <source>queues failing</source>
        <translation>队列出错</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1（请求 %2）</translation>
    </message>
</context>
<context>
    <name>ConsumePage</name>
    <message numerus="yes">
        <source>%n message(s) will reach max_retries (%1) and move to this queue&apos;s dead list.</source>
        <translation>
            <numerusform>%n 条消息将达到最大重试次数（%1），移入本队列的死信列表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will reach max_retries (%1) and move to the DLQ %2.</source>
        <translation>
            <numerusform>%n 条消息将达到最大重试次数（%1），移入死信队列 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be available again, each with one more failure counted.</source>
        <translation>
            <numerusform>%n 条消息将重新变为可用，每条各记一次失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Requeue messages</source>
        <translation>重新入队消息</translation>
    </message>
    <message>
        <source>Go ahead?</source>
        <translation>继续吗？</translation>
    </message>
    <message>
        <source>this queue&apos;s dead list</source>
        <translation>本队列的死信列表</translation>
    </message>
    <message>
        <source>Send to the DLQ</source>
        <translation>移入死信队列</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will move to %1 at once, without further retries.</source>
        <translation>
            <numerusform>%n 条消息将立即移入 %1，不再重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive up to</source>
        <translation>最多接收</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> 条消息</translation>
    </message>
    <message>
        <source>lease</source>
        <extracomment>Noun: how long received messages stay invisible to other consumers (租约).</extracomment>
        <translation>租约</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认（ack）</translation>
    </message>
    <message>
        <source>Nack (requeue)</source>
        <extracomment>Nack = negative acknowledgement: the message failed and goes back to the queue.</extracomment>
        <translation>拒绝（重新入队）</translation>
    </message>
    <message>
        <source>Nack to DLQ</source>
        <translation>拒绝并移入死信队列</translation>
    </message>
    <message>
        <source>Receiving leases messages: each delivery raises its count, and a lease that lapses unacknowledged counts as a failure. After %1 failures a message moves to %2.</source>
        <translation>接收即租用消息：每次投递都会增加投递次数，租约到期仍未确认计为一次失败。失败 %1 次后，消息移入 %2。</translation>
    </message>
    <message>
        <source>No message is available right now.</source>
        <translation>当前没有可用的消息。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be deleted from the queue for good.</source>
        <translation>
            <numerusform>%n 条消息将从队列中永久删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected lease(s) expired: those messages are back in the queue and are left out.</source>
        <translation>
            <numerusform>所选的 %n 个租约已过期：这些消息已回到队列，不会被处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lease on %n message(s) had expired: the service refused and left them as its rules say (back in the queue, or in the DLQ once out of retries). Receive again to work on them.</source>
        <translation>
            <numerusform>%n 条消息的租约已过期：服务拒绝了操作，并按其规则处理这些消息（回到队列，或在重试用完后移入死信队列）。请重新接收后再处理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyFeedback</name>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
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
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Counts are loading…</source>
        <translation>正在加载计数…</translation>
    </message>
    <message>
        <source>%1 available, %2 in flight, %3 dead letters</source>
        <translation>%1 条可用，%2 条处理中，%3 条死信</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s): open to browse, search and redrive</source>
        <translation>
            <numerusform>%n 条死信：打开以浏览、搜索和重投递</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>死信</translation>
    </message>
    <message>
        <source>%1
The parent chain of this branch loops back to itself (as the server reports it), so it is shown at the top level.</source>
        <translation>%1
服务器报告的该分支父级链条形成了循环，因此将其显示在顶层。</translation>
    </message>
    <message>
        <source>Postgres · %1</source>
        <extracomment>Tree &quot;Type&quot; column of a database project: engine · vendor.</extracomment>
        <translation>Postgres · %1</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>FIFO queue</source>
        <translation>FIFO 队列</translation>
    </message>
    <message>
        <source>standard queue</source>
        <translation>标准队列</translation>
    </message>
    <message>
        <source>dead-letter list</source>
        <translation>死信列表</translation>
    </message>
    <message>
        <source>%1
Last known status: the service cannot be reached right now.</source>
        <translation>%1
最后已知状态：目前无法连接服务。</translation>
    </message>
    <message>
        <source>waiting for the service</source>
        <translation>等待服务恢复</translation>
    </message>
    <message>
        <source>retrying…</source>
        <translation>正在重试…</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>%n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>press Enter to retry</source>
        <translation>按 Enter 重试</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1（HTTP %2）</translation>
    </message>
    <message>
        <source>Could not load: %1 — %2</source>
        <translation>加载失败：%1 — %2</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to retry now; it is also retried by itself.</source>
        <translation>双击或按 Enter 立即重试；它也会自动重试。</translation>
    </message>
    <message>
        <source>Could not load: %1 — %2 · request %3</source>
        <extracomment>An error row: what failed, when it is retried, and the request id to quote to support.</extracomment>
        <translation>加载失败：%1 — %2 · 请求 %3</translation>
    </message>
    <message>
        <source>Neo4j Aura</source>
        <translation>Neo4j Aura</translation>
    </message>
    <message>
        <source>snapshot (on demand)</source>
        <translation>快照（手动）</translation>
    </message>
    <message>
        <source>snapshot (scheduled)</source>
        <translation>快照（计划）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>An Aura instance&apos;s type and memory: &quot;professional-db · 8GB&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Lakebase</source>
        <translation>Lakebase</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>idle (suspended)</source>
        <translation>空闲（已挂起）</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>正在创建</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>%1–%2 CU</source>
        <extracomment>Compute-unit range of a Lakebase endpoint, e.g. &quot;0.5–4 CU&quot;.</extracomment>
        <translation>%1–%2 CU</translation>
    </message>
    <message>
        <source>%1
Deleted: it can be undeleted until %2.</source>
        <translation>%1
已删除：在 %2 之前可以恢复。</translation>
    </message>
    <message>
        <source>Postgres %1</source>
        <translation>Postgres %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 过期</translation>
    </message>
    <message>
        <source>read-write · %1</source>
        <translation>读写 · %1</translation>
    </message>
    <message>
        <source>read-only · %1</source>
        <translation>只读 · %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>所有者 %1</translation>
    </message>
    <message>
        <source>OAuth sign-in</source>
        <translation>OAuth 登录</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
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
    <name>DesktopNotifier</name>
    <message>
        <source>Show</source>
        <extracomment>The button of a desktop notification that brings the console&apos;s window forward.</extracomment>
        <translation>显示</translation>
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
        <source>FIFO queue</source>
        <translation>FIFO 队列</translation>
    </message>
    <message>
        <source>Standard queue</source>
        <translation>标准队列</translation>
    </message>
    <message>
        <source>Open inspector</source>
        <translation>打开检查器</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>死信</translation>
    </message>
    <message>
        <source>Dead-letter queue:</source>
        <translation>死信队列：</translation>
    </message>
    <message>
        <source>none (dead letters stay listed on this queue)</source>
        <translation>无（死信保留在本队列的列表中）</translation>
    </message>
    <message>
        <source>Max retries:</source>
        <translation>最大重试次数：</translation>
    </message>
    <message>
        <source>Visibility timeout:</source>
        <translation>可见性超时：</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>保留期：</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>可用：</translation>
    </message>
    <message>
        <source>In flight:</source>
        <translation>处理中：</translation>
    </message>
    <message>
        <source>Dead letters:</source>
        <translation>死信：</translation>
    </message>
    <message>
        <source>Select a project, branch, snapshot or queue to see its details.</source>
        <translation>选择一个项目、分支、快照或队列以查看详情。</translation>
    </message>
    <message>
        <source>managed</source>
        <translation>托管</translation>
    </message>
    <message>
        <source>bring your own key</source>
        <translation>自带密钥</translation>
    </message>
    <message>
        <source>Neo4j Aura instance</source>
        <translation>Neo4j Aura 实例</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>存储：</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>云平台：</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>租户：</translation>
    </message>
    <message>
        <source>none while the instance is paused</source>
        <translation>实例暂停期间没有连接地址</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>复制密码</translation>
    </message>
    <message>
        <source>Resize…</source>
        <translation>调整大小…</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Aura snapshot, taken on demand</source>
        <translation>Aura 快照（手动创建）</translation>
    </message>
    <message>
        <source>Aura snapshot, scheduled</source>
        <translation>Aura 快照（计划创建）</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>实例：</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Exportable:</source>
        <translation>可导出：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Lakebase project, deleted</source>
        <translation>Lakebase 项目（已删除）</translation>
    </message>
    <message>
        <source>Lakebase project</source>
        <translation>Lakebase 项目</translation>
    </message>
    <message>
        <source>Default branch:</source>
        <translation>默认分支：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者：</translation>
    </message>
    <message>
        <source>Lakebase branch of %1</source>
        <translation>%1 的 Lakebase 分支</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>From branch:</source>
        <translation>源分支：</translation>
    </message>
    <message>
        <source>none (the project&apos;s first branch)</source>
        <translation>无（项目的第一个分支）</translation>
    </message>
    <message>
        <source>Protected:</source>
        <translation>受保护：</translation>
    </message>
    <message>
        <source>yes — it, its endpoints and its project cannot be deleted</source>
        <translation>是 —— 它、它的端点和它的项目都不能删除</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Read-write endpoint on %1</source>
        <translation>%1 上的读写端点</translation>
    </message>
    <message>
        <source>Read-only endpoint on %1</source>
        <translation>%1 上的只读端点</translation>
    </message>
    <message>
        <source>Compute:</source>
        <translation>计算：</translation>
    </message>
    <message>
        <source>%1 to %2 CU</source>
        <translation>%1 至 %2 CU</translation>
    </message>
    <message>
        <source>Suspends:</source>
        <translation>挂起：</translation>
    </message>
    <message numerus="yes">
        <source>after %n minute(s) idle</source>
        <translation>
            <numerusform>空闲 %n 分钟后</numerusform>
        </translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Read-only host:</source>
        <translation>只读主机：</translation>
    </message>
    <message>
        <source>Disabled:</source>
        <translation>已禁用：</translation>
    </message>
    <message>
        <source>Postgres database</source>
        <translation>Postgres 数据库</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>资源：</translation>
    </message>
    <message>
        <source>Postgres role</source>
        <translation>Postgres 角色</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <source>Signs in with:</source>
        <translation>登录方式：</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>删除时间：</translation>
    </message>
    <message>
        <source>Undeletable until:</source>
        <translation>可恢复至：</translation>
    </message>
</context>
<context>
    <name>DlqBrowser</name>
    <message>
        <source>Redrive stopped: %1 Retry it from the Operations dock; messages already moved are not moved twice.</source>
        <translation>重投递已停止：%1 可在“操作”面板中重试；已移动的消息不会被重复移动。</translation>
    </message>
    <message>
        <source>Done: %1 to %2.</source>
        <translation>完成：%1，目标 %2。</translation>
    </message>
    <message>
        <source>Double-click to show only these</source>
        <translation>双击只显示这些</translation>
    </message>
    <message>
        <source>Redrive</source>
        <translation>重投递</translation>
    </message>
    <message>
        <source>They return to %1 as new messages: same id, delivery count reset to 0.</source>
        <translation>它们将作为新消息回到 %1：ID 不变，投递次数重置为 0。</translation>
    </message>
    <message>
        <source>Redriving…</source>
        <translation>正在重投递…</translation>
    </message>
    <message numerus="yes">
        <source>Redrive %n selected message(s)?</source>
        <translation>
            <numerusform>重投递选中的 %n 条消息？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redrive the %n message(s) dead-lettered since %1?</source>
        <translation>
            <numerusform>重投递自 %1 起进入死信的 %n 条消息？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redrive everything dead-lettered since %1: at least %n message(s) (not all are loaded)?</source>
        <translation>
            <numerusform>重投递自 %1 起进入死信的全部消息：至少 %n 条（尚未全部加载）？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redrive all %n dead letter(s)?</source>
        <translation>
            <numerusform>重投递全部 %n 条死信？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redrive all dead letters, at least %n?</source>
        <translation>
            <numerusform>重投递全部死信（至少 %n 条）？</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条消息导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export selected dead letters</source>
        <translation>导出选中的死信</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export dead letters</source>
        <translation>导出死信</translation>
    </message>
    <message>
        <source>Loading all dead letters before exporting…</source>
        <translation>导出前正在加载全部死信…</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>已加载 %1 / %2</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 条匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Load all matching</source>
        <translation>加载全部匹配项</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>全部加载</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON path</source>
        <translation>JSON 路径</translation>
    </message>
    <message>
        <source>Search loaded payloads and ids</source>
        <translation>搜索已加载的负载和 ID</translation>
    </message>
    <message>
        <source>e.g. $.error.code == &quot;TIMEOUT&quot;</source>
        <translation>例如 $.error.code == &quot;TIMEOUT&quot;</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分组依据：</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Payload, pretty</source>
        <translation>负载（格式化）</translation>
    </message>
    <message>
        <source>Message, raw</source>
        <translation>消息（原始）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Redrive selected</source>
        <translation>重投递选中项</translation>
    </message>
    <message>
        <source>Redrive since</source>
        <translation>重投递此时间之后</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>导出选中项…</translation>
    </message>
    <message numerus="yes">
        <source>Redrive %n message(s)…</source>
        <translation>
            <numerusform>重投递 %n 条消息…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n message(s)…</source>
        <translation>
            <numerusform>导出 %n 条消息…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy message id</source>
        <translation>复制消息 ID</translation>
    </message>
    <message>
        <source>Copy payload</source>
        <translation>复制负载</translation>
    </message>
    <message>
        <source>Redrive since this one…</source>
        <extracomment>Fills &quot;Redrive since&quot; with this message&apos;s dead-lettering time.</extracomment>
        <translation>重投递此条及之后的死信…</translation>
    </message>
    <message>
        <source>Loading all dead letters to find every match…</source>
        <translation>正在加载全部死信以找出所有匹配项…</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>没有与搜索匹配的消息。</translation>
    </message>
    <message numerus="yes">
        <source>Redrive %n selected</source>
        <translation>
            <numerusform>重投递所选 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n selected…</source>
        <translation>
            <numerusform>导出所选 %n 条…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redrive %n matching…</source>
        <translation>
            <numerusform>重投递匹配的 %n 条…</numerusform>
        </translation>
    </message>
    <message>
        <source>Redrive all matching…</source>
        <translation>重投递全部匹配项…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among the loaded dead letters; the rest of the DLQ is loaded and searched first, and the count is shown before anything moves.</source>
        <translation>
            <numerusform>已加载的死信中有 %n 条匹配；会先加载并搜索死信队列的其余部分，在移动任何消息之前显示数量。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Redrive all %1 — ignores the search…</source>
        <extracomment>Redrive = move dead letters back to their source queue (重投递).</extracomment>
        <translation>重投递全部 %1 条 — 不受搜索限制…</translation>
    </message>
    <message>
        <source>Redrive all %1…</source>
        <translation>重投递全部 %1 条…</translation>
    </message>
    <message>
        <source>Redrive since — ignores the search</source>
        <translation>按时间重投递 — 不受搜索限制</translation>
    </message>
    <message numerus="yes">
        <source>Export %n matching…</source>
        <translation>
            <numerusform>导出匹配的 %n 条…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export all matching…</source>
        <translation>导出全部匹配项…</translation>
    </message>
    <message>
        <source>Export all %1…</source>
        <translation>导出全部 %1 条…</translation>
    </message>
    <message numerus="yes">
        <source>Redrive the %n message(s) matching the search, %1 a second?</source>
        <translation>
            <numerusform>以每秒 %1 条的速度重投递与搜索匹配的 %n 条消息？</numerusform>
        </translation>
    </message>
    <message>
        <source>The redrive could not start: its journal cannot be written.</source>
        <translation>重投递无法开始：无法写入其作业日志。</translation>
    </message>
    <message>
        <source> /s</source>
        <extracomment>Pace of a redrive job: messages a second.</extracomment>
        <translation> 条/秒</translation>
    </message>
    <message>
        <source>Messages a second for “Redrive matching” (a job you can pause, re-rate or cancel in Operations)</source>
        <translation>“重投递匹配项”每秒发送的消息数（这是一个作业，可在“操作”面板中暂停、调整速率或取消）</translation>
    </message>
    <message>
        <source>Only %1 – %2  ✕</source>
        <translation>仅 %1 – %2  ✕</translation>
    </message>
    <message>
        <source>Show every time again</source>
        <translation>重新显示所有时间</translation>
    </message>
</context>
<context>
    <name>DlqModel</name>
    <message>
        <source>Message id</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <source>Dead-lettered at</source>
        <translation>进入死信时间</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>投递次数</translation>
    </message>
    <message>
        <source>Source queue</source>
        <translation>来源队列</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
</context>
<context>
    <name>DlqTimelineChart</name>
    <message>
        <source>%1: %2
%3 – %4
Click to show only these times</source>
        <extracomment>Hovering a timeline bar: kind, count, time span.</extracomment>
        <translation>%1：%2
%3 – %4
单击只显示这段时间</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>EditLakebaseEndpointDialog</name>
    <message>
        <source>Compute of %1</source>
        <translation>%1 的计算资源</translation>
    </message>
    <message>
        <source>Compute, mi&amp;nimum:</source>
        <translation>最小计算(&amp;N)：</translation>
    </message>
    <message>
        <source>Compute, ma&amp;ximum:</source>
        <translation>最大计算(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Suspend when idle for:</source>
        <translation>空闲多久后挂起(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
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
        <source>&lt;b&gt;%1&lt;/b&gt; is the project&apos;s root branch; it goes only with the project.</source>
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
    <message>
        <source>New queue…</source>
        <translation>新建队列…</translation>
    </message>
    <message>
        <source>Create a message queue, with a dead-letter queue (%1)</source>
        <translation>创建消息队列及其死信队列（%1）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Open inspector</source>
        <translation>打开检查器</translation>
    </message>
    <message>
        <source>Browse dead letters</source>
        <translation>浏览死信</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>清空…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的项。</translation>
    </message>
    <message>
        <source>&amp;Find in the tree</source>
        <translation>在树中查找(&amp;F)</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>复制错误详情</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>编辑配置…</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>复制配置</translation>
    </message>
    <message>
        <source>Remove profile…</source>
        <translation>删除配置…</translation>
    </message>
    <message>
        <source>Add a connection profile…</source>
        <translation>添加连接配置…</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>基础 URL：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>最近的错误：</translation>
    </message>
    <message>
        <source>Failing:</source>
        <translation>出错部分：</translation>
    </message>
    <message>
        <source>Operations running:</source>
        <translation>进行中的操作：</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>删除实例</translation>
    </message>
    <message>
        <source>New Aura instance</source>
        <translation>新建 Aura 实例</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>The keychain holds no password for this instance: Aura shows it only once, to whoever created the instance.</source>
        <translation>钥匙串中没有该实例的密码：Aura 只向创建实例的人显示一次密码。</translation>
    </message>
    <message>
        <source>New Aura instance…</source>
        <translation>新建 Aura 实例…</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <source>New name (at most 30 characters):</source>
        <translation>新名称（最多 30 个字符）：</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>调整 %1 的大小</translation>
    </message>
    <message>
        <source>Its configuration offers no other size.</source>
        <translation>其配置没有其他可选大小。</translation>
    </message>
    <message>
        <source>Memory (now %1):</source>
        <translation>内存（当前 %1）：</translation>
    </message>
    <message>
        <source>Restore into %1…</source>
        <translation>恢复到 %1…</translation>
    </message>
    <message>
        <source>Restore snapshot</source>
        <translation>恢复快照</translation>
    </message>
    <message>
        <source>Replace all data of “%1” with this snapshot? What it holds now is lost.</source>
        <translation>用此快照替换“%1”的全部数据？其当前数据将丢失。</translation>
    </message>
    <message>
        <source>Delete the Aura instance “%1” (%2)? Its data is gone for good.</source>
        <translation>删除 Aura 实例“%1”（%2）？其数据将永久丢失。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Take a snapshot first (the delete waits for it)</source>
        <translation>先创建快照（删除会等待快照完成）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Overwrite from %1</source>
        <translation>用 %1 覆盖</translation>
    </message>
    <message>
        <source>Instance whose data is replaced:</source>
        <translation>要被替换数据的实例：</translation>
    </message>
    <message>
        <source>Overwrite instance</source>
        <translation>覆盖实例</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Overwrite another instance from this snapshot…</source>
        <translation>用此快照覆盖另一个实例…</translation>
    </message>
    <message>
        <source>Overwrite another instance from this one…</source>
        <translation>用此实例覆盖另一个实例…</translation>
    </message>
    <message>
        <source>Replace all data of “%1” with the data of “%2”? What it holds now is lost.</source>
        <translation>用“%2”的数据替换“%1”的全部数据？其当前数据将丢失。</translation>
    </message>
    <message>
        <source>Replace all data of “%1” with a snapshot of “%2”? What it holds now is lost.</source>
        <translation>用“%2”的快照替换“%1”的全部数据？其当前数据将丢失。</translation>
    </message>
    <message>
        <source>Overwrite another instance (none running)</source>
        <translation>覆盖另一个实例（没有运行中的实例）</translation>
    </message>
    <message>
        <source>Unfinished redrive</source>
        <translation>未完成的重投递</translation>
    </message>
    <message numerus="yes">
        <source>A redrive of %n dead letter(s) back to “%1” on %2 stopped before it finished (%3 done). Go on with it? Messages already moved are not moved again.</source>
        <translation>
            <numerusform>将 %n 条死信重投递回 %2 上的“%1”的作业在完成前停止了（已完成 %3 条）。要继续吗？已移动的消息不会再次移动。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Name of a project, branch, queue or instance…</source>
        <translation>项目、分支、队列或实例的名称…</translation>
    </message>
    <message>
        <source>Matching resources</source>
        <translation>匹配的资源</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>A JSON path starts with $, for example $.error.code</source>
        <translation>JSON 路径以 $ 开头，例如 $.error.code</translation>
    </message>
    <message>
        <source>A field name is missing after &quot;.&quot; at position %1</source>
        <translation>位置 %1 处的“.”后缺少字段名</translation>
    </message>
    <message>
        <source>An unclosed [&quot;…&quot;] in the JSON path</source>
        <translation>JSON 路径中有未闭合的 [&quot;…&quot;]</translation>
    </message>
    <message>
        <source>An array index must be a number in [ ], as in $.items[0]</source>
        <translation>数组下标必须是 [ ] 中的数字，例如 $.items[0]</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; at position %2 of the JSON path</source>
        <translation>JSON 路径第 %2 位出现意外的“%1”</translation>
    </message>
    <message>
        <source>Compare with a JSON value: &quot;text&quot;, a number, true, false or null</source>
        <translation>请与 JSON 值比较：&quot;文本&quot;、数字、true、false 或 null</translation>
    </message>
    <message>
        <source>&lt;, &lt;=, &gt; and &gt;= compare numbers only</source>
        <translation>&lt;、&lt;=、&gt; 和 &gt;= 只能比较数字</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
</context>
<context>
    <name>LakebaseClient</name>
    <message>
        <source>Compute units go from 0.5 in steps of 0.5.</source>
        <translation>计算单元从 0.5 起，以 0.5 为步长。</translation>
    </message>
    <message>
        <source>At most 64 compute units.</source>
        <translation>最多 64 个计算单元。</translation>
    </message>
    <message>
        <source>The maximum cannot be below the minimum.</source>
        <translation>最大值不能小于最小值。</translation>
    </message>
    <message>
        <source>The maximum can be at most 16 compute units above the minimum.</source>
        <translation>最大值最多只能比最小值高 16 个计算单元。</translation>
    </message>
</context>
<context>
    <name>LakebaseController</name>
    <message>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Undelete</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>New branch…</source>
        <translation>新建分支…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>New endpoint…</source>
        <translation>新建端点…</translation>
    </message>
    <message>
        <source>Unprotect</source>
        <translation>取消保护</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>Get credential…</source>
        <translation>获取凭据…</translation>
    </message>
    <message>
        <source>Compute…</source>
        <translation>计算资源…</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>显示已删除</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>新建端点</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <source>Display name (the ID %1 stays):</source>
        <translation>显示名称（ID %1 不变）：</translation>
    </message>
    <message>
        <source>Delete branch</source>
        <translation>删除分支</translation>
    </message>
    <message>
        <source>“%1” is protected: a protected branch cannot be deleted, and neither can its endpoints or its project. Unprotect it first if it really has to go.</source>
        <translation>“%1”受保护：受保护的分支不能删除，它的端点和所在项目也不能删除。如确需删除，请先取消保护。</translation>
    </message>
    <message>
        <source>“%1” is the project&apos;s default branch: it goes only with the project.</source>
        <translation>“%1”是项目的默认分支：只能随项目一起删除。</translation>
    </message>
    <message>
        <source>Delete branch “%1”? It disappears from the project, and can be undeleted (Show deleted) until it is purged.</source>
        <translation>删除分支“%1”？它会从项目中消失，在被彻底清除之前可以恢复（显示已删除）。</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Delete project “%1” (%2) with all its branches and endpoints? It can be undeleted (Show deleted) until it is purged.</source>
        <translation>删除项目“%1”（%2）及其全部分支和端点？在被彻底清除之前可以恢复（显示已删除）。</translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>删除端点</translation>
    </message>
    <message>
        <source>“%1” is on the protected branch “%2”: unprotect the branch first.</source>
        <translation>“%1”位于受保护的分支“%2”上：请先取消该分支的保护。</translation>
    </message>
    <message>
        <source>Delete endpoint “%1”? Connections through it end, and it cannot be undeleted.</source>
        <translation>删除端点“%1”？通过它的连接将会断开，且无法恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Get credential</source>
        <translation>获取凭据</translation>
    </message>
</context>
<context>
    <name>LakebaseCredentialDialog</name>
    <message>
        <source>Expired. Get a new credential to connect again.</source>
        <translation>已过期。请获取新凭据后再连接。</translation>
    </message>
    <message>
        <source>Expires in %1:%2 (at %3).</source>
        <extracomment>A countdown: minutes and seconds until the credential expires, e.g. &quot;Expires in 59:58&quot;.</extracomment>
        <translation>%1:%2 后过期（%3）。</translation>
    </message>
    <message>
        <source>Credential for %1</source>
        <translation>%1 的凭据</translation>
    </message>
    <message>
        <source>A Postgres password for &lt;b&gt;%1&lt;/b&gt; on branch %2. It is shown only now and is kept nowhere: copy it before closing.</source>
        <translation>分支 %2 上 &lt;b&gt;%1&lt;/b&gt; 的 Postgres 密码。它只在此刻显示，不会保存在任何地方：请在关闭前复制。</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>p&amp;sql:</source>
        <translation>p&amp;sql：</translation>
    </message>
    <message>
        <source>&amp;Copy password</source>
        <translation>复制密码(&amp;C)</translation>
    </message>
    <message>
        <source>Copy psql &amp;command</source>
        <translation>复制 psql 命令(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LakebaseIds</name>
    <message>
        <source>An id is needed.</source>
        <translation>需要填写 ID。</translation>
    </message>
    <message>
        <source>At most 63 characters.</source>
        <translation>最多 63 个字符。</translation>
    </message>
    <message>
        <source>Only lowercase letters a–z, digits and hyphens.</source>
        <translation>只能使用小写字母 a–z、数字和连字符。</translation>
    </message>
    <message>
        <source>It must start with a letter.</source>
        <translation>必须以字母开头。</translation>
    </message>
    <message>
        <source>It cannot end with a hyphen.</source>
        <translation>不能以连字符结尾。</translation>
    </message>
</context>
<context>
    <name>LeasedMessagesModel</name>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>投递次数</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
</context>
<context>
    <name>LoadProblemBanner</name>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>retrying…</source>
        <translation>正在重试…</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>%n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1（请求 %2）</translation>
    </message>
</context>
<context>
    <name>LocalSandbox</name>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>无法启动本地沙盒：%1</translation>
    </message>
    <message>
        <source>The local sandbox stopped at start (exit code %1).</source>
        <translation>本地沙盒在启动时退出（退出码 %1）。</translation>
    </message>
    <message>
        <source>infrai-sandbox is not installed beside the console.</source>
        <translation>控制台旁未安装 infrai-sandbox。</translation>
    </message>
    <message>
        <source>The local sandbox said something unexpected: %1</source>
        <translation>本地沙盒输出了意外的内容：%1</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙盒</translation>
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
        <translation>管理连接配置(&amp;P)…</translation>
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
        <source>Operations in progress</source>
        <translation>操作进行中</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) are still in progress. They continue on the service, but this window will no longer follow them. Quit anyway?</source>
        <translation>
            <numerusform>仍有 %n 个操作正在进行。它们会在服务端继续执行，但此窗口将不再跟踪。仍要退出吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <extracomment>Menu of actions on databases and queues (create, branch, snapshot, delete …).</extracomment>
        <translation>资源(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The name of a duplicated connection profile.</extracomment>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 online</source>
        <extracomment>Status bar counts of connection profiles, e.g. &quot;2 online · 1 degraded · 1 unreachable&quot;.</extracomment>
        <translation>%1 个在线</translation>
    </message>
    <message>
        <source>%1 degraded</source>
        <translation>%1 个部分出错</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 个无法连接</translation>
    </message>
    <message>
        <source>%1 key rejected</source>
        <translation>%1 个密钥被拒</translation>
    </message>
    <message>
        <source>%1 without a key</source>
        <translation>%1 个没有密钥</translation>
    </message>
    <message>
        <source>Connection profiles by state; click one to go to it</source>
        <translation>按状态统计的连接配置；点击可跳转</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>转到(&amp;G)…</translation>
    </message>
    <message>
        <source>Jump to a loaded project, branch, queue or instance by name</source>
        <translation>按名称跳转到已加载的项目、分支、队列或实例</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>桌面通知(&amp;N)</translation>
    </message>
    <message>
        <source>Say on the desktop when a long operation ends while the window is in the background</source>
        <translation>窗口在后台时，长时间操作结束后发出桌面通知</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tooltip with its keyboard shortcut, e.g. &quot;Refresh (F5)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>MessageJsonl</name>
    <message>
        <source>line %1: not a JSON object (%2)</source>
        <translation>第 %1 行：不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>是其他 JSON 值</translation>
    </message>
    <message>
        <source>line %1: &quot;payload&quot; must be a JSON object</source>
        <translation>第 %1 行：&quot;payload&quot; 必须是 JSON 对象</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; must be a whole number</source>
        <translation>第 %1 行：“%2”必须是整数</translation>
    </message>
</context>
<context>
    <name>NewAuraInstanceDialog</name>
    <message>
        <source>Give the instance a name.</source>
        <translation>请为实例命名。</translation>
    </message>
    <message>
        <source>This tenant offers no configuration to create.</source>
        <translation>该租户没有可创建的配置。</translation>
    </message>
    <message>
        <source>New Aura instance</source>
        <translation>新建 Aura 实例</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>云平台(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
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
    <name>NewLakebaseBranchDialog</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>New branch in %1</source>
        <translation>在 %1 中新建分支</translation>
    </message>
    <message>
        <source>Branch &amp;ID:</source>
        <translation>分支 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. feature-login</source>
        <translation>例如 feature-login</translation>
    </message>
    <message>
        <source>&amp;From branch:</source>
        <translation>源分支(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Protected (cannot be deleted or reset)</source>
        <translation>受保护（不能删除或重置）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Expires at</source>
        <translation>过期时间(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>the project&apos;s default branch</source>
        <translation>项目的默认分支</translation>
    </message>
</context>
<context>
    <name>NewLakebaseEndpointDialog</name>
    <message>
        <source>New endpoint on %1</source>
        <translation>在 %1 上新建端点</translation>
    </message>
    <message>
        <source>Endpoint &amp;ID:</source>
        <translation>端点 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. reporting</source>
        <translation>例如 reporting</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>Read-write (the branch has one: %1)</source>
        <translation>读写（该分支已有：%1）</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Compute, mi&amp;nimum:</source>
        <translation>最小计算(&amp;N)：</translation>
    </message>
    <message>
        <source>Compute, ma&amp;ximum:</source>
        <translation>最大计算(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Suspend when idle for:</source>
        <translation>空闲多久后挂起(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
</context>
<context>
    <name>NewLakebaseProjectDialog</name>
    <message>
        <source>New Lakebase project</source>
        <translation>新建 Lakebase 项目</translation>
    </message>
    <message>
        <source>Project &amp;ID:</source>
        <translation>项目 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. orders-app</source>
        <translation>例如 orders-app</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and hyphens; starts with a letter; at most 63; cannot change later.</source>
        <translation>小写字母、数字和连字符；以字母开头；最多 63 个字符；创建后不能更改。</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>optional; the ID when empty</source>
        <translation>可选；为空时使用 ID</translation>
    </message>
    <message>
        <source>&amp;Postgres version:</source>
        <translation>Postgres 版本(&amp;P)：</translation>
    </message>
    <message>
        <source>Compute, mi&amp;nimum:</source>
        <translation>最小计算(&amp;N)：</translation>
    </message>
    <message>
        <source>Compute, ma&amp;ximum:</source>
        <translation>最大计算(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Suspend when idle for:</source>
        <translation>空闲多久后挂起(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;rotect the default branch (it cannot be deleted or reset)</source>
        <translation>保护默认分支（不能删除或重置）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
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
    <message>
        <source>Postgres v&amp;ersion:</source>
        <translation>Postgres 版本(&amp;E):</translation>
    </message>
</context>
<context>
    <name>NewQueueDialog</name>
    <message>
        <source>New queue</source>
        <translation>新建队列</translation>
    </message>
    <message>
        <source>letters, digits, - _ . (up to 80)</source>
        <translation>字母、数字、- _ .（最多 80 个）</translation>
    </message>
    <message>
        <source>Standard — at-least-once, best-effort order</source>
        <translation>标准 — 至少一次，尽力保序</translation>
    </message>
    <message>
        <source>FIFO — publish order, one in flight blocks the rest</source>
        <translation>FIFO — 按发布顺序，处理中的消息会阻塞后续消息</translation>
    </message>
    <message>
        <source>None (dead letters stay listed on this queue)</source>
        <translation>无（死信保留在本队列的列表中）</translation>
    </message>
    <message>
        <source>Create a new one</source>
        <translation>新建一个</translation>
    </message>
    <message>
        <source>Create a new one: %1</source>
        <translation>新建一个：%1</translation>
    </message>
    <message>
        <source>Failures (nacks and lapsed leases) before a message moves to the DLQ</source>
        <translation>消息移入死信队列前允许的失败次数（拒绝与租约过期）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Deliver higher priority first</source>
        <translation>优先投递高优先级消息</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Use 1–80 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>请使用 1–80 个字母、数字、“-”、“_”或“.”。</translation>
    </message>
    <message>
        <source>The name is too long to add &quot;-dlq&quot;; choose an existing DLQ.</source>
        <translation>名称过长，无法追加“-dlq”；请选择已有的死信队列。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Dead-letter queue:</source>
        <translation>死信队列(&amp;D):</translation>
    </message>
    <message>
        <source>Max &amp;retries:</source>
        <translation>最大重试次数(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Visibility timeout:</source>
        <translation>可见性超时(&amp;V):</translation>
    </message>
    <message>
        <source>R&amp;etention:</source>
        <translation>保留时长(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P):</translation>
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
    <message>
        <source>Create queue %1</source>
        <translation>创建队列 %1</translation>
    </message>
    <message>
        <source>Update queue %1</source>
        <translation>更新队列 %1</translation>
    </message>
    <message>
        <source>Delete queue %1</source>
        <translation>删除队列 %1</translation>
    </message>
    <message>
        <source>Purge queue %1</source>
        <translation>清空队列 %1</translation>
    </message>
    <message>
        <source>Publish to %1</source>
        <translation>发布到 %1</translation>
    </message>
    <message numerus="yes">
        <source>Publish %n message(s) to %1</source>
        <translation>
            <numerusform>发布 %n 条消息到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive from %1</source>
        <translation>从 %1 接收</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n message(s) on %1</source>
        <translation>
            <numerusform>确认 %1 上的 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requeue %n message(s) on %1</source>
        <translation>
            <numerusform>将 %1 上的 %n 条消息重新入队</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dead-letter %n message(s) from %1</source>
        <translation>
            <numerusform>将 %1 的 %n 条消息移入死信队列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redrive %n dead letter(s) to %1</source>
        <translation>
            <numerusform>将 %n 条死信重投递到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Redrive dead letters to %1</source>
        <translation>将死信重投递到 %1</translation>
    </message>
    <message>
        <source>Push subscription on %1</source>
        <translation>%1 的推送订阅</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) purged</source>
        <translation>
            <numerusform>已清空 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) redriven</source>
        <translation>
            <numerusform>已重投递 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) accepted</source>
        <translation>
            <numerusform>已接受 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) leased</source>
        <translation>
            <numerusform>已租用 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) done</source>
        <translation>
            <numerusform>已处理 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause instance %1</source>
        <translation>暂停实例 %1</translation>
    </message>
    <message>
        <source>Resume instance %1</source>
        <translation>恢复实例 %1</translation>
    </message>
    <message>
        <source>Delete instance %1</source>
        <translation>删除实例 %1</translation>
    </message>
    <message>
        <source>Create instance %1</source>
        <translation>创建实例 %1</translation>
    </message>
    <message>
        <source>Resize instance %1</source>
        <translation>调整实例 %1 的大小</translation>
    </message>
    <message>
        <source>Rename instance %1</source>
        <translation>重命名实例 %1</translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation>%1 的快照</translation>
    </message>
    <message>
        <source>Restore %1 from a snapshot</source>
        <translation>从快照恢复 %1</translation>
    </message>
    <message>
        <source>Overwrite %1</source>
        <translation>覆盖 %1</translation>
    </message>
    <message>
        <source>Update project %1</source>
        <translation>更新项目 %1</translation>
    </message>
    <message>
        <source>Update branch %1</source>
        <translation>更新分支 %1</translation>
    </message>
    <message>
        <source>Create endpoint %1</source>
        <translation>创建端点 %1</translation>
    </message>
    <message>
        <source>Update endpoint %1</source>
        <translation>更新端点 %1</translation>
    </message>
    <message>
        <source>Delete endpoint %1</source>
        <translation>删除端点 %1</translation>
    </message>
    <message>
        <source>Undelete %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1 条/秒</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <extracomment>A running job: its rate and the time left, e.g. &quot;480/s · 2 min 5 s left&quot;.</extracomment>
        <translation>%1 · 剩余 %2</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
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
    <message>
        <source>Send the same call again, with the same idempotency key, so the service does it at most once</source>
        <translation>以相同的幂等键再次发送同一请求，服务最多执行一次</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Messages a second:</source>
        <translation>每秒消息数：</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;ate: %1/s…</source>
        <translation>速率(&amp;A)：%1 条/秒…</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>取消作业(&amp;C)</translation>
    </message>
    <message>
        <source>Stop sending for now; the job goes on from where it stopped</source>
        <translation>暂时停止发送；作业之后会从停止处继续</translation>
    </message>
    <message>
        <source>How many messages a second the job sends</source>
        <translation>作业每秒发送的消息数</translation>
    </message>
    <message>
        <source>Stop the job for good: what was moved stays moved</source>
        <translation>彻底停止作业：已移动的消息保持不变</translation>
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
    <message>
        <source>The service rejected the values; change them and submit again.</source>
        <translation>服务拒绝了这些值；请修改后重新提交。</translation>
    </message>
    <message>
        <source>Profile</source>
        <extracomment>Column of the Operations dock: the connection profile the operation was made on.</extracomment>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Its connection profile was removed: a retry cannot reach that account.</source>
        <translation>它所属的连接配置已删除：重试无法到达该账户。</translation>
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
    <message>
        <source>The base URL must not contain a user name or password. Put the key in the key field: it is kept in the system keychain.</source>
        <translation>基础 URL 中不能包含用户名或密码。请将密钥填入密钥字段：它会保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Enter the client ID of the Aura API credentials (the secret goes in the secret field).</source>
        <translation>请输入 Aura API 凭据的客户端 ID（密钥填写在密钥字段中）。</translation>
    </message>
    <message>
        <source>Enter the client ID of the service principal (its OAuth secret goes in the secret field).</source>
        <translation>请输入服务主体的客户端 ID（其 OAuth 密钥填在密钥字段中）。</translation>
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
        <source>Enter a name, the service&apos;s base URL and an API key.</source>
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
    <message>
        <source>The API key goes to the system keychain, never to the settings file. For a saved profile, leave the field empty to keep the key already stored.</source>
        <translation>API 密钥保存在系统钥匙串中，从不写入设置文件。对于已保存的配置，留空即可保留已存储的密钥。</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>留空以保留当前密钥</translation>
    </message>
    <message>
        <source>The new profile has not been saved. Save it before closing?</source>
        <translation>新配置尚未保存。关闭前要保存吗？</translation>
    </message>
    <message>
        <source>The new profile “%1” has not been saved. Save it before closing?</source>
        <translation>新配置“%1”尚未保存。关闭前要保存吗？</translation>
    </message>
    <message>
        <source>The profile “%1” has unsaved changes. Save them before closing?</source>
        <translation>配置“%1”有未保存的更改。关闭前要保存吗？</translation>
    </message>
    <message>
        <source>Unsaved profile</source>
        <translation>未保存的配置</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its API key is deleted from the keychain.</source>
        <translation>删除连接配置“%1”？其 API 密钥将从钥匙串中删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) on it are still in progress. They continue on the service, but the console will no longer follow them, and a failed one cannot be retried.</source>
        <translation>
            <numerusform>其上仍有 %n 个操作正在进行。它们会在服务端继续，但控制台将不再跟踪，失败的操作也无法重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>客户端 &amp;ID：</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>客户端密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>个人访问令牌</translation>
    </message>
    <message>
        <source>OAuth (service principal)</source>
        <translation>OAuth（服务主体）</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>登录方式(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Workspace URL:</source>
        <translation>工作区 URL(&amp;W)：</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>访问令牌(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ProfilesTreeModel</name>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
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
        <source>degraded</source>
        <translation>部分出错</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>没有 API 密钥</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>密钥被拒绝</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>钥匙串不可用</translation>
    </message>
    <message>
        <source>infrai account</source>
        <extracomment>The type of a connection profile in the tree.</extracomment>
        <translation>infrai 账户</translation>
    </message>
    <message>
        <source>Neo4j Aura tenant</source>
        <translation>Neo4j Aura 租户</translation>
    </message>
    <message>
        <source>Databricks workspace</source>
        <translation>Databricks 工作区</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>Publish batch</source>
        <translation>批量发布</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Published %1 (key %2).</source>
        <translation>已发布 %1（幂等键 %2）。</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 batches: %3 Retry it from the Operations dock: only the batches not yet accepted are sent again.</source>
        <translation>在第 %1 / %2 批后停止：%3 可在“操作”面板中重试：只会重新发送尚未被接受的批次。</translation>
    </message>
    <message>
        <source>%1 of %2 messages accepted.</source>
        <translation>已接受 %1 / %2 条消息。</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>JSON 无效，第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>The payload must be a JSON object, {…}.</source>
        <translation>负载必须是 JSON 对象 {…}。</translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON object, %n byte(s) compact.</source>
        <translation>
            <numerusform>有效的 JSON 对象，压缩后 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing published: %n line(s) cannot be read.</source>
        <translation>
            <numerusform>未发布任何消息：%n 行无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no messages.</source>
        <translation>文件中没有消息。</translation>
    </message>
    <message numerus="yes">
        <source>Publishing %n message(s)…</source>
        <translation>
            <numerusform>正在发布 %n 条消息…</numerusform>
        </translation>
    </message>
    <message>
        <source>Payload (a JSON object):</source>
        <translation>负载（JSON 对象）：</translation>
    </message>
    <message>
        <source>Pretty-print</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Higher first; this queue must have priority enabled</source>
        <translation>数值高者优先；需为本队列启用优先级</translation>
    </message>
    <message>
        <source>Idempotency key:</source>
        <translation>幂等键：</translation>
    </message>
    <message>
        <source>Publishing again with the same key does not create a second message</source>
        <translation>使用相同的键再次发布不会产生第二条消息</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新键</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Publish batch…</source>
        <translation>批量发布…</translation>
    </message>
</context>
<context>
    <name>PushSubscriptionDialog</name>
    <message>
        <source>Enter the URL that receives the messages.</source>
        <translation>请输入接收消息的 URL。</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>这不是有效的 URL。</translation>
    </message>
    <message>
        <source>Push URLs must use https, so messages and signatures travel encrypted.</source>
        <translation>推送 URL 必须使用 https，以便消息和签名加密传输。</translation>
    </message>
    <message>
        <source>The service cannot push to this machine&apos;s own address (localhost).</source>
        <translation>服务无法推送到本机地址（localhost）。</translation>
    </message>
    <message>
        <source>Push URLs must point to a public address, not a loopback, private, link-local or metadata one.</source>
        <translation>推送 URL 必须指向公网地址，不能是回环、私有、链路本地或元数据地址。</translation>
    </message>
    <message>
        <source>New push subscription on %1</source>
        <translation>为 %1 新建推送订阅</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Use a secret of at least 16 characters.</source>
        <translation>请使用至少 16 个字符的密钥。</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>Signing &amp;secret:</source>
        <translation>签名密钥(&amp;S):</translation>
    </message>
    <message>
        <source>Each delivery carries X-Infrai-Signature: an HMAC-SHA256 of the body with this secret. Give it to the receiver now; it is kept in the system keychain, where the Push page can copy or reveal it later.</source>
        <translation>每次投递都带有 X-Infrai-Signature：用此密钥对消息体计算的 HMAC-SHA256。请现在把它交给接收方；它保存在系统钥匙串中，之后可在“推送”页复制或显示。</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Max retries:</source>
        <translation>最大重试次数(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Visibility timeout:</source>
        <translation>可见性超时(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;I understand that this subscription cannot be paused or removed</source>
        <translation>我了解此订阅无法暂停或删除(&amp;I)</translation>
    </message>
    <message>
        <source>Every message of %1 will be sent to this URL and leave the queue once the receiver answers 2xx. A failed delivery counts toward max retries (%2) and waits the visibility timeout (%3 s) before the next attempt; once the retries are used up, the message moves to the dead-letter queue. The API cannot list, pause or remove a subscription: once created, it keeps running.</source>
        <translation>%1 中的每条消息都会发送到此 URL，接收方返回 2xx 后即离开队列。投递失败计入最大重试次数（%2），并等待可见性超时（%3 秒）后再次尝试；重试次数用完后，消息移入死信队列。API 无法列出、暂停或删除订阅：一旦创建，它会一直运行。</translation>
    </message>
</context>
<context>
    <name>PushSubscriptionsPage</name>
    <message>
        <source>The signing secret is in the system keychain.</source>
        <translation>签名密钥已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>New subscription…</source>
        <translation>新建订阅…</translation>
    </message>
    <message>
        <source>Signing secret: %1</source>
        <translation>签名密钥：%1</translation>
    </message>
    <message>
        <source>Each available message is POSTed to the URL, signed with X-Infrai-Signature. The service offers no way to list, pause or remove subscriptions, so this shows the ones created from this console; their signing secrets are in the system keychain.</source>
        <translation>每条可用消息都会以 POST 发送到 URL，并带有 X-Infrai-Signature 签名。服务无法列出、暂停或删除订阅，因此这里显示的是在本控制台创建的订阅；它们的签名密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>复制密钥</translation>
    </message>
    <message>
        <source>Reveal secret</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Copies the selected subscription&apos;s signing secret from the system keychain.</source>
        <translation>从系统钥匙串复制所选订阅的签名密钥。</translation>
    </message>
</context>
<context>
    <name>QueueConfirmDialog</name>
    <message>
        <source>all its messages</source>
        <translation>其全部消息</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge queue</source>
        <translation>清空队列</translation>
    </message>
    <message>
        <source>Purge &lt;b&gt;%1&lt;/b&gt;? This discards %2 waiting or in flight; dead letters in its DLQ are kept. This cannot be undone.</source>
        <translation>清空 &lt;b&gt;%1&lt;/b&gt;？这将丢弃等待中或处理中的%2；其死信队列中的死信会保留。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Delete queue</source>
        <translation>删除队列</translation>
    </message>
    <message>
        <source>Delete &lt;b&gt;%1&lt;/b&gt;? Its configuration goes, and with it %2 waiting or in flight. This cannot be undone.</source>
        <translation>删除 &lt;b&gt;%1&lt;/b&gt;？其配置以及等待中或处理中的%2都将被删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>输入 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
    <message>
        <source>The name does not match.</source>
        <translation>名称不匹配。</translation>
    </message>
</context>
<context>
    <name>QueueInspector</name>
    <message>
        <source>FIFO queue</source>
        <translation>FIFO 队列</translation>
    </message>
    <message>
        <source>Standard queue</source>
        <translation>标准队列</translation>
    </message>
    <message>
        <source>no DLQ</source>
        <translation>无死信队列</translation>
    </message>
    <message>
        <source>DLQ %1</source>
        <translation>死信队列 %1</translation>
    </message>
    <message>
        <source>max retries %1</source>
        <translation>最大重试 %1 次</translation>
    </message>
    <message>
        <source>visibility %1 s</source>
        <translation>可见性超时 %1 秒</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Consume</source>
        <extracomment>Tab title: receiving messages from the queue (a verb, as in &quot;consume messages&quot;).</extracomment>
        <translation>消费</translation>
    </message>
    <message>
        <source>Dead letters (%1)</source>
        <translation>死信（%1）</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>死信</translation>
    </message>
    <message>
        <source>Push subscriptions</source>
        <translation>推送订阅</translation>
    </message>
    <message>
        <source>This queue no longer exists; close the tab when you are done with what it shows.</source>
        <translation>此队列已不存在；查看完这里显示的内容后即可关闭此标签页。</translation>
    </message>
</context>
<context>
    <name>QueueOverviewPage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>A queue cannot be its own dead-letter queue.</source>
        <translation>队列不能作为自己的死信队列。</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>死信</translation>
    </message>
    <message>
        <source>oldest message</source>
        <translation>最早消息</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Dead-letter queue:</source>
        <translation>死信队列：</translation>
    </message>
    <message>
        <source>Max retries:</source>
        <translation>最大重试次数：</translation>
    </message>
    <message>
        <source>Visibility timeout:</source>
        <translation>可见性超时：</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>保留期：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Deliver higher priority first</source>
        <translation>优先投递高优先级消息</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>清空…</translation>
    </message>
    <message>
        <source>Delete queue…</source>
        <translation>删除队列…</translation>
    </message>
</context>
<context>
    <name>QueueStatsChart</name>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>死信</translation>
    </message>
</context>
<context>
    <name>RedriveJob</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the job&apos;s journal: %1</source>
        <translation>无法写入作业日志：%1</translation>
    </message>
    <message>
        <source>This redrive is running in another window.</source>
        <translation>此重投递正在另一个窗口中运行。</translation>
    </message>
    <message>
        <source>the job&apos;s journal cannot be written: %1</source>
        <translation>无法写入作业日志：%1</translation>
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
    <message numerus="yes">
        <source>%n polling call(s) hidden</source>
        <translation>
            <numerusform>已隐藏 %n 个轮询请求</numerusform>
        </translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>全部方法</translation>
    </message>
    <message>
        <source>Show only calls with this HTTP method</source>
        <translation>只显示使用此 HTTP 方法的请求</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx 成功</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx 客户端错误</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx 服务器错误</translation>
    </message>
    <message>
        <source>Any error</source>
        <translation>任何错误</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>Show only calls that ended this way; &quot;No answer&quot; is a network failure, a timeout or a cancelled call</source>
        <translation>只显示以此方式结束的请求；“无应答”指网络故障、超时或已取消的请求</translation>
    </message>
    <message>
        <source>Filter by path…</source>
        <translation>按路径筛选…</translation>
    </message>
    <message>
        <source>Hide polling</source>
        <translation>隐藏轮询</translation>
    </message>
    <message>
        <source>Leave out the calls the console repeats on a timer (queue figures, resources being provisioned)</source>
        <translation>不显示控制台定时重复发出的请求（队列数字、正在创建的资源）</translation>
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
    <message>
        <source>Profile</source>
        <extracomment>Request log column: the connection profile that sent the request.</extracomment>
        <translation>连接配置</translation>
    </message>
</context>
<context>
    <name>SecretClipboard</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>已复制。剪贴板将在 %n 秒后清空。</numerusform>
        </translation>
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
<context>
    <name>TypedNameDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>输入 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Infrai Console</source>
        <translation>欢迎使用 Infrai 控制台</translation>
    </message>
    <message>
        <source>Manage managed Postgres, Neo4j Aura and Databricks Lakebase databases and message queues from one window. Nothing is connected yet: try it on a local sandbox with demo data, or add a connection to your own account.</source>
        <translation>在一个窗口中管理托管 Postgres、Neo4j Aura 和 Databricks Lakebase 数据库以及消息队列。目前尚未连接任何服务：可以先在带有演示数据的本地沙盒上试用，或添加到您自己账户的连接。</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>正在启动本地沙盒…</translation>
    </message>
    <message>
        <source>&amp;Start a local sandbox</source>
        <translation>启动本地沙盒(&amp;S)</translation>
    </message>
    <message>
        <source>infrai-sandbox is not installed beside the console, so there is no local sandbox to start.</source>
        <translation>控制台旁未安装 infrai-sandbox，因此无法启动本地沙盒。</translation>
    </message>
    <message>
        <source>Runs infrai-sandbox on this computer with demo projects and queues, and adds a &quot;Local sandbox&quot; connection; its key is kept in the keychain.</source>
        <translation>在本机运行带有演示项目和队列的 infrai-sandbox，并添加“本地沙盒”连接；其密钥保存在钥匙串中。</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>&amp;infrai…</source>
        <translation>infrai(&amp;I)…</translation>
    </message>
    <message>
        <source>Managed Postgres and queues, with an infrai API key</source>
        <translation>托管 Postgres 和队列，使用 infrai API 密钥</translation>
    </message>
    <message>
        <source>Neo4j &amp;Aura…</source>
        <translation>Neo4j Aura(&amp;A)…</translation>
    </message>
    <message>
        <source>Neo4j Aura instances, with an API client ID and secret</source>
        <translation>Neo4j Aura 实例，使用 API 客户端 ID 和密钥</translation>
    </message>
    <message>
        <source>Databricks &amp;Lakebase…</source>
        <translation>Databricks Lakebase(&amp;L)…</translation>
    </message>
    <message>
        <source>Lakebase projects, with a workspace URL and a token or service principal</source>
        <translation>Lakebase 项目，使用工作区 URL 以及令牌或服务主体</translation>
    </message>
    <message>
        <source>New here? Read the &lt;a href=&quot;%1&quot;&gt;README&lt;/a&gt;.</source>
        <translation>第一次使用？请阅读 &lt;a href=&quot;%1&quot;&gt;README&lt;/a&gt;。</translation>
    </message>
</context>
</TS>
