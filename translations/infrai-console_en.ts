<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The service rejected the request: %1</source>
        <translation>The service rejected the request: %1</translation>
    </message>
    <message>
        <source>The value of “%1” was rejected: %2</source>
        <translation>The value of “%1” was rejected: %2</translation>
    </message>
    <message>
        <source>The API key was refused. Enter a valid key for this connection profile.</source>
        <translation>The API key was refused. Enter a valid key for this connection profile.</translation>
    </message>
    <message>
        <source>No API key is stored for this connection profile. Enter one in the profile settings.</source>
        <translation>No API key is stored for this connection profile. Enter one in the profile settings.</translation>
    </message>
    <message>
        <source>The account has run out of credit. Top up to continue.</source>
        <translation>The account has run out of credit. Top up to continue.</translation>
    </message>
    <message>
        <source>This key is not allowed to do that.</source>
        <translation>This key is not allowed to do that.</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted by someone else.</source>
        <translation>Not found: it may have been deleted by someone else.</translation>
    </message>
    <message>
        <source>The service refused because of a conflict: %1</source>
        <translation>The service refused because of a conflict: %1</translation>
    </message>
    <message numerus="yes">
        <source>The service is limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>The service is limiting requests. Try again in %n second.</numerusform>
            <numerusform>The service is limiting requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service is limiting requests. Try again shortly.</source>
        <translation>The service is limiting requests. Try again shortly.</translation>
    </message>
    <message>
        <source>The service had an internal problem (HTTP %1). Try again later.</source>
        <translation>The service had an internal problem (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The service answered with HTTP %1.</source>
        <translation>The service answered with HTTP %1.</translation>
    </message>
    <message numerus="yes">
        <source>The service did not answer within %n second(s).</source>
        <translation>
            <numerusform>The service did not answer within %n second.</numerusform>
            <numerusform>The service did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>The service did not answer in time.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the connection was refused. Is the server running and the base URL right?</source>
        <translation>Cannot connect to %1: the connection was refused. Is the server running and the base URL right?</translation>
    </message>
    <message>
        <source>Cannot find the host %1. Check the base URL and your network.</source>
        <translation>Cannot find the host %1. Check the base URL and your network.</translation>
    </message>
    <message>
        <source>The connection was closed before the answer arrived.</source>
        <translation>The connection was closed before the answer arrived.</translation>
    </message>
    <message>
        <source>The secure connection could not be established: %1</source>
        <translation>The secure connection could not be established: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Network error: %1</translation>
    </message>
    <message>
        <source>The service sent an answer that is not valid JSON.</source>
        <translation>The service sent an answer that is not valid JSON.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The service sent an answer of an unexpected shape.</source>
        <translation>The service sent an answer of an unexpected shape.</translation>
    </message>
    <message>
        <source>The service accepted the request, but the resource failed while it was being set up.</source>
        <translation>The service accepted the request, but the resource failed while it was being set up.</translation>
    </message>
    <message>
        <source>The service accepted the request, but the resource failed while it was being set up: %1</source>
        <translation>The service accepted the request, but the resource failed while it was being set up: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>service text</comment>
        <extracomment>The service&apos;s own message, quoted verbatim (zh: add （服务原文） after it).</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>The service said: %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>key refused</source>
        <translation>key refused</translation>
    </message>
    <message>
        <source>out of credit</source>
        <translation>out of credit</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>forbidden</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>rate limited</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>server error</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP error</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host not found</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <translation>connection dropped</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>TLS failure</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>network error</translation>
    </message>
    <message>
        <source>malformed answer</source>
        <translation>malformed answer</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>no key</translation>
    </message>
    <message>
        <source>resource failed</source>
        <translation>resource failed</translation>
    </message>
    <message>
        <source>The service accepted the request, but the operation failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service accepted the request, but the operation failed (%1).</source>
        <extracomment>%1 is the service&apos;s message, %2 its error code (e.g. INTERNAL_ERROR).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuraActions</name>
    <message>
        <source>an instance named “%1” exists now: it was probably created, but the answer with its password was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not known whether the instance was created; look in the tree before trying again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuraPasswordDialog</name>
    <message>
        <source>&amp;Copy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as .env…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time Aura shows the password of &lt;b&gt;%1&lt;/b&gt;. Copy it or save it as a .env file now: without it, the instance has to be recreated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URI:</source>
        <translation type="unfinished">Connection URI:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is also kept in the system keychain, where the instance&apos;s details offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be kept in the keychain (%1): copy or save it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 — but git does not ignore it there: add it to .gitignore before it is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without the password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was neither copied nor saved. Aura will not show it again (the keychain keeps a copy when it could). Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 — it is inside a git work tree, and git is not installed to check its ignore rules: make sure .gitignore covers it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputeFields</name>
    <message>
        <source> CU</source>
        <extracomment>Compute units of a Lakebase endpoint.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never suspend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProblemPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished">&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a connection profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection profile yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile with the service&apos;s base URL and API key. The key is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished">Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished">Connected to %1.</translation>
    </message>
    <message>
        <source>%1 has no API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a different profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add another profile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <source>reading key from keychain…</source>
        <translation>reading key from keychain…</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>no API key</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>keychain unavailable</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>key rejected</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>No profile selected</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are retried by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>retrying in %n s</numerusform>
            <numerusform>retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection now instead of waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Status bar: &quot;online, databases failing (503)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>databases failing (%1)</source>
        <extracomment>Part of the status bar: &quot;online, databases failing (503)&quot;; %1 is the HTTP status.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>databases failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queues failing (%1)</source>
        <extracomment>Part of the status bar: &quot;online, queues failing (503)&quot;; %1 is the HTTP status.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queues failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsumePage</name>
    <message numerus="yes">
        <source>%n message(s) will reach max_retries (%1) and move to this queue&apos;s dead list.</source>
        <translation>
            <numerusform>%n message will reach max_retries (%1) and move to this queue&apos;s dead list.</numerusform>
            <numerusform>%n messages will reach max_retries (%1) and move to this queue&apos;s dead list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will reach max_retries (%1) and move to the DLQ %2.</source>
        <translation>
            <numerusform>%n message will reach max_retries (%1) and move to the DLQ %2.</numerusform>
            <numerusform>%n messages will reach max_retries (%1) and move to the DLQ %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be available again, each with one more failure counted.</source>
        <translation>
            <numerusform>%n message will be available again, each with one more failure counted.</numerusform>
            <numerusform>%n messages will be available again, each with one more failure counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requeue messages</source>
        <translation>Requeue messages</translation>
    </message>
    <message>
        <source>Go ahead?</source>
        <translation>Go ahead?</translation>
    </message>
    <message>
        <source>this queue&apos;s dead list</source>
        <translation>this queue&apos;s dead list</translation>
    </message>
    <message>
        <source>Send to the DLQ</source>
        <translation>Send to the DLQ</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will move to %1 at once, without further retries.</source>
        <translation>
            <numerusform>%n message will move to %1 at once, without further retries.</numerusform>
            <numerusform>%n messages will move to %1 at once, without further retries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive up to</source>
        <translation>Receive up to</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> messages</translation>
    </message>
    <message>
        <source>lease</source>
        <extracomment>Noun: how long received messages stay invisible to other consumers (租约).</extracomment>
        <translation>lease</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Nack (requeue)</source>
        <extracomment>Nack = negative acknowledgement: the message failed and goes back to the queue.</extracomment>
        <translation>Nack (requeue)</translation>
    </message>
    <message>
        <source>Nack to DLQ</source>
        <translation>Nack to DLQ</translation>
    </message>
    <message>
        <source>Receiving leases messages: each delivery raises its count, and a lease that lapses unacknowledged counts as a failure. After %1 failures a message moves to %2.</source>
        <translation>Receiving leases messages: each delivery raises its count, and a lease that lapses unacknowledged counts as a failure. After %1 failures a message moves to %2.</translation>
    </message>
    <message>
        <source>No message is available right now.</source>
        <translation>No message is available right now.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be deleted from the queue for good.</source>
        <translation>
            <numerusform>%n message will be deleted from the queue for good.</numerusform>
            <numerusform>%n messages will be deleted from the queue for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected lease(s) expired: those messages are back in the queue and are left out.</source>
        <translation>
            <numerusform>%n selected lease expired: that message is back in the queue and is left out.</numerusform>
            <numerusform>%n selected leases expired: those messages are back in the queue and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lease on %n message(s) had expired: the service refused and left them as its rules say (back in the queue, or in the DLQ once out of retries). Receive again to work on them.</source>
        <translation>
            <numerusform>The lease on %n message had expired: the service refused and left it as its rules say (back in the queue, or in the DLQ once out of retries). Receive again to work on it.</numerusform>
            <numerusform>The lease on %n messages had expired: the service refused and left them as its rules say (back in the queue, or in the DLQ once out of retries). Receive again to work on them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyFeedback</name>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DbTreeModel</name>
    <message>
        <source>provisioning</source>
        <translation>provisioning</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>deleting</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Databases</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>%1 — loading…</source>
        <translation>%1 — loading…</translation>
    </message>
    <message>
        <source>%1 — failed to load</source>
        <translation>%1 — failed to load</translation>
    </message>
    <message>
        <source>Load more…</source>
        <translation>Load more…</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Counts are loading…</source>
        <translation>Counts are loading…</translation>
    </message>
    <message>
        <source>%1 available, %2 in flight, %3 dead letters</source>
        <translation>%1 available, %2 in flight, %3 dead letters</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s): open to browse, search and redrive</source>
        <translation>
            <numerusform>%n dead letter: open to browse, search and redrive</numerusform>
            <numerusform>%n dead letters: open to browse, search and redrive</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Dead letters</translation>
    </message>
    <message>
        <source>%1
The parent chain of this branch loops back to itself (as the server reports it), so it is shown at the top level.</source>
        <translation>%1
The parent chain of this branch loops back to itself (as the server reports it), so it is shown at the top level.</translation>
    </message>
    <message>
        <source>Postgres · %1</source>
        <extracomment>Tree &quot;Type&quot; column of a database project: engine · vendor.</extracomment>
        <translation>Postgres · %1</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>branch</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>snapshot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>FIFO queue</source>
        <translation>FIFO queue</translation>
    </message>
    <message>
        <source>standard queue</source>
        <translation>standard queue</translation>
    </message>
    <message>
        <source>dead-letter list</source>
        <translation>dead-letter list</translation>
    </message>
    <message>
        <source>%1
Last known status: the service cannot be reached right now.</source>
        <translation>%1
Last known status: the service cannot be reached right now.</translation>
    </message>
    <message>
        <source>waiting for the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>retrying in %n s</numerusform>
            <numerusform>retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>press Enter to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to retry now; it is also retried by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1 — %2 · request %3</source>
        <extracomment>An error row: what failed, when it is retried, and the request id to quote to support.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neo4j Aura</source>
        <translation type="unfinished">Neo4j Aura</translation>
    </message>
    <message>
        <source>snapshot (on demand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot (scheduled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>An Aura instance&apos;s type and memory: &quot;professional-db · 8GB&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lakebase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle (suspended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 CU</source>
        <extracomment>Compute-unit range of a Lakebase endpoint, e.g. &quot;0.5–4 CU&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Deleted: it can be undeleted until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgres %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteConfirmDialog</name>
    <message>
        <source>Delete project</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>Delete branch</source>
        <translation>Delete branch</translation>
    </message>
    <message>
        <source>Delete the project &lt;b&gt;%1&lt;/b&gt;? This cannot be undone.</source>
        <translation>Delete the project &lt;b&gt;%1&lt;/b&gt;? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete the branch &lt;b&gt;%1&lt;/b&gt;? This cannot be undone.</source>
        <translation>Delete the branch &lt;b&gt;%1&lt;/b&gt;? This cannot be undone.</translation>
    </message>
    <message>
        <source>It also deletes:</source>
        <translation>It also deletes:</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The name does not match.</source>
        <translation>The name does not match.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show</source>
        <extracomment>The button of a desktop notification that brings the console&apos;s window forward.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Provisioning</source>
        <translation>Provisioning</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Deleting</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Connection URI:</source>
        <translation>Connection URI:</translation>
    </message>
    <message>
        <source>Postgres project</source>
        <translation>Postgres project</translation>
    </message>
    <message>
        <source>New branch…</source>
        <translation>New branch…</translation>
    </message>
    <message>
        <source>Snapshot…</source>
        <translation>Snapshot…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copy as curl</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Vendor:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <source>Postgres version:</source>
        <translation>Postgres version:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Branch of %1</source>
        <translation>Branch of %1</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Parent branch:</source>
        <translation>Parent branch:</translation>
    </message>
    <message>
        <source>none (root branch)</source>
        <translation>none (root branch)</translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation>Snapshot of %1</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <source>FIFO queue</source>
        <translation>FIFO queue</translation>
    </message>
    <message>
        <source>Standard queue</source>
        <translation>Standard queue</translation>
    </message>
    <message>
        <source>Open inspector</source>
        <translation>Open inspector</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Dead letters</translation>
    </message>
    <message>
        <source>Dead-letter queue:</source>
        <translation>Dead-letter queue:</translation>
    </message>
    <message>
        <source>none (dead letters stay listed on this queue)</source>
        <translation>none (dead letters stay listed on this queue)</translation>
    </message>
    <message>
        <source>Max retries:</source>
        <translation>Max retries:</translation>
    </message>
    <message>
        <source>Visibility timeout:</source>
        <translation>Visibility timeout:</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Retention:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>Available:</translation>
    </message>
    <message>
        <source>In flight:</source>
        <translation>In flight:</translation>
    </message>
    <message>
        <source>Dead letters:</source>
        <translation>Dead letters:</translation>
    </message>
    <message>
        <source>Select a project, branch, snapshot or queue to see its details.</source>
        <translation>Select a project, branch, snapshot or queue to see its details.</translation>
    </message>
    <message>
        <source>managed</source>
        <translation>managed</translation>
    </message>
    <message>
        <source>bring your own key</source>
        <translation>bring your own key</translation>
    </message>
    <message>
        <source>Neo4j Aura instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished">Type:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none while the instance is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aura snapshot, taken on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aura snapshot, scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lakebase project, deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lakebase project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lakebase branch of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the project&apos;s first branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes — it, its endpoints and its project cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-write endpoint on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only endpoint on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 CU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>after %n minute(s) idle</source>
        <translation>
            <numerusform>after %n minute idle</numerusform>
            <numerusform>after %n minutes idle</numerusform>
        </translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgres database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgres role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeletable until:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DlqBrowser</name>
    <message>
        <source>Redrive stopped: %1 Retry it from the Operations dock; messages already moved are not moved twice.</source>
        <translation>Redrive stopped: %1 Retry it from the Operations dock; messages already moved are not moved twice.</translation>
    </message>
    <message>
        <source>Done: %1 to %2.</source>
        <translation>Done: %1 to %2.</translation>
    </message>
    <message>
        <source>Double-click to show only these</source>
        <translation>Double-click to show only these</translation>
    </message>
    <message>
        <source>Redrive</source>
        <translation>Redrive</translation>
    </message>
    <message>
        <source>They return to %1 as new messages: same id, delivery count reset to 0.</source>
        <translation>They return to %1 as new messages: same id, delivery count reset to 0.</translation>
    </message>
    <message>
        <source>Redriving…</source>
        <translation>Redriving…</translation>
    </message>
    <message numerus="yes">
        <source>Redrive %n selected message(s)?</source>
        <translation>
            <numerusform>Redrive %n selected message?</numerusform>
            <numerusform>Redrive %n selected messages?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redrive the %n message(s) dead-lettered since %1?</source>
        <translation>
            <numerusform>Redrive the %n message dead-lettered since %1?</numerusform>
            <numerusform>Redrive the %n messages dead-lettered since %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redrive everything dead-lettered since %1: at least %n message(s) (not all are loaded)?</source>
        <translation>
            <numerusform>Redrive everything dead-lettered since %1: at least %n message (not all are loaded)?</numerusform>
            <numerusform>Redrive everything dead-lettered since %1: at least %n messages (not all are loaded)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redrive all %n dead letter(s)?</source>
        <translation>
            <numerusform>Redrive all %n dead letter?</numerusform>
            <numerusform>Redrive all %n dead letters?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redrive all dead letters, at least %n?</source>
        <translation>
            <numerusform>Redrive all dead letters, at least %n?</numerusform>
            <numerusform>Redrive all dead letters, at least %n?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>Exported %n message to %1.</numerusform>
            <numerusform>Exported %n messages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export selected dead letters</source>
        <translation>Export selected dead letters</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export dead letters</source>
        <translation>Export dead letters</translation>
    </message>
    <message>
        <source>Loading all dead letters before exporting…</source>
        <translation>Loading all dead letters before exporting…</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Nothing to export.</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 of %2 loaded</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 loaded</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Load all matching</source>
        <translation>Load all matching</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Load all</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON path</source>
        <translation>JSON path</translation>
    </message>
    <message>
        <source>Search loaded payloads and ids</source>
        <translation>Search loaded payloads and ids</translation>
    </message>
    <message>
        <source>e.g. $.error.code == &quot;TIMEOUT&quot;</source>
        <translation>e.g. $.error.code == &quot;TIMEOUT&quot;</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Group by:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Payload, pretty</source>
        <translation>Payload, pretty</translation>
    </message>
    <message>
        <source>Message, raw</source>
        <translation>Message, raw</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Redrive selected</source>
        <translation>Redrive selected</translation>
    </message>
    <message>
        <source>Redrive since</source>
        <translation>Redrive since</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Export selected…</translation>
    </message>
    <message numerus="yes">
        <source>Redrive %n message(s)…</source>
        <translation>
            <numerusform>Redrive %n message…</numerusform>
            <numerusform>Redrive %n messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n message(s)…</source>
        <translation>
            <numerusform>Export %n message…</numerusform>
            <numerusform>Export %n messages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy message id</source>
        <translation>Copy message id</translation>
    </message>
    <message>
        <source>Copy payload</source>
        <translation>Copy payload</translation>
    </message>
    <message>
        <source>Redrive since this one…</source>
        <extracomment>Fills &quot;Redrive since&quot; with this message&apos;s dead-lettering time.</extracomment>
        <translation>Redrive since this one…</translation>
    </message>
    <message>
        <source>Loading all dead letters to find every match…</source>
        <translation>Loading all dead letters to find every match…</translation>
    </message>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Nothing matches the search.</translation>
    </message>
    <message numerus="yes">
        <source>Redrive %n selected</source>
        <translation>
            <numerusform>Redrive %n selected</numerusform>
            <numerusform>Redrive %n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n selected…</source>
        <translation>
            <numerusform>Export %n selected…</numerusform>
            <numerusform>Export %n selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redrive %n matching…</source>
        <translation>
            <numerusform>Redrive %n matching…</numerusform>
            <numerusform>Redrive %n matching…</numerusform>
        </translation>
    </message>
    <message>
        <source>Redrive all matching…</source>
        <translation>Redrive all matching…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among the loaded dead letters; the rest of the DLQ is loaded and searched first, and the count is shown before anything moves.</source>
        <translation>
            <numerusform>%n match among the loaded dead letters; the rest of the DLQ is loaded and searched first, and the count is shown before anything moves.</numerusform>
            <numerusform>%n matches among the loaded dead letters; the rest of the DLQ is loaded and searched first, and the count is shown before anything moves.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Redrive all %1 — ignores the search…</source>
        <extracomment>Redrive = move dead letters back to their source queue (重投递).</extracomment>
        <translation>Redrive all %1 — ignores the search…</translation>
    </message>
    <message>
        <source>Redrive all %1…</source>
        <translation>Redrive all %1…</translation>
    </message>
    <message>
        <source>Redrive since — ignores the search</source>
        <translation>Redrive since — ignores the search</translation>
    </message>
    <message numerus="yes">
        <source>Export %n matching…</source>
        <translation>
            <numerusform>Export %n matching…</numerusform>
            <numerusform>Export %n matching…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export all matching…</source>
        <translation>Export all matching…</translation>
    </message>
    <message>
        <source>Export all %1…</source>
        <translation>Export all %1…</translation>
    </message>
    <message numerus="yes">
        <source>Redrive the %n message(s) matching the search, %1 a second?</source>
        <translation>
            <numerusform>Redrive the %n message matching the search, %1 a second?</numerusform>
            <numerusform>Redrive the %n messages matching the search, %1 a second?</numerusform>
        </translation>
    </message>
    <message>
        <source>The redrive could not start: its journal cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /s</source>
        <extracomment>Pace of a redrive job: messages a second.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages a second for “Redrive matching” (a job you can pause, re-rate or cancel in Operations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 – %2  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every time again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DlqModel</name>
    <message>
        <source>Message id</source>
        <translation>Message id</translation>
    </message>
    <message>
        <source>Dead-lettered at</source>
        <translation>Dead-lettered at</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Source queue</source>
        <translation>Source queue</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
</context>
<context>
    <name>DlqTimelineChart</name>
    <message>
        <source>%1: %2
%3 – %4
Click to show only these times</source>
        <extracomment>Hovering a timeline bar: kind, count, time span.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditLakebaseEndpointDialog</name>
    <message>
        <source>Compute of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute, mi&amp;nimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute, ma&amp;ximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplorerWidget</name>
    <message>
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>Create a managed Postgres project (%1)</source>
        <translation>Create a managed Postgres project (%1)</translation>
    </message>
    <message>
        <source>New branch…</source>
        <translation>New branch…</translation>
    </message>
    <message>
        <source>Create a copy-on-write branch of the selected project or branch</source>
        <translation>Create a copy-on-write branch of the selected project or branch</translation>
    </message>
    <message>
        <source>Snapshot…</source>
        <translation>Snapshot…</translation>
    </message>
    <message>
        <source>Take a point-in-time snapshot of the selected project</source>
        <translation>Take a point-in-time snapshot of the selected project</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Restore the selected snapshot into a new project</source>
        <translation>Restore the selected snapshot into a new project</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete the selected project or branch</source>
        <translation>Delete the selected project or branch</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Filter by name or id (Ctrl+F)</source>
        <translation>Filter by name or id (Ctrl+F)</translation>
    </message>
    <message>
        <source>Explorer actions</source>
        <translation>Explorer actions</translation>
    </message>
    <message numerus="yes">
        <source>its %n loaded branch(es), and any not loaded yet</source>
        <translation>
            <numerusform>its %n loaded branch(es), and any not loaded yet</numerusform>
            <numerusform>its %n loaded branch(es), and any not loaded yet</numerusform>
        </translation>
    </message>
    <message>
        <source>all of its branches</source>
        <translation>all of its branches</translation>
    </message>
    <message>
        <source>all of its snapshots</source>
        <translation>all of its snapshots</translation>
    </message>
    <message>
        <source>Delete branch</source>
        <translation>Delete branch</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is the project&apos;s root branch; it goes only with the project.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is the project&apos;s root branch; it goes only with the project.</translation>
    </message>
    <message numerus="yes">
        <source>This branch has %n child branch(es): %1. Delete them first.</source>
        <translation>
            <numerusform>This branch has %n child branch(es): %1. Delete them first.</numerusform>
            <numerusform>This branch has %n child branch(es): %1. Delete them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select them</source>
        <translation>Select them</translation>
    </message>
    <message>
        <source>New queue…</source>
        <translation>New queue…</translation>
    </message>
    <message>
        <source>Create a message queue, with a dead-letter queue (%1)</source>
        <translation>Create a message queue, with a dead-letter queue (%1)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Open inspector</source>
        <translation>Open inspector</translation>
    </message>
    <message>
        <source>Browse dead letters</source>
        <translation>Browse dead letters</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Purge…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <source>&amp;Find in the tree</source>
        <translation>&amp;Find in the tree</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations running:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Aura instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no password for this instance: Aura shows it only once, to whoever created the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Aura instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name (at most 30 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its configuration offers no other size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (now %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into %1…</source>
        <translation type="unfinished">Restore into %1…</translation>
    </message>
    <message>
        <source>Restore snapshot</source>
        <translation type="unfinished">Restore snapshot</translation>
    </message>
    <message>
        <source>Replace all data of “%1” with this snapshot? What it holds now is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the Aura instance “%1” (%2)? Its data is gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <source>Take a snapshot first (the delete waits for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished">Restore</translation>
    </message>
    <message>
        <source>Overwrite from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance whose data is replaced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite another instance from this snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite another instance from this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all data of “%1” with the data of “%2”? What it holds now is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all data of “%1” with a snapshot of “%2”? What it holds now is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite another instance (none running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished redrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A redrive of %n dead letter(s) back to “%1” on %2 stopped before it finished (%3 done). Go on with it? Messages already moved are not moved again.</source>
        <translation>
            <numerusform>A redrive of %n dead letter back to “%1” on %2 stopped before it finished (%3 done). Go on with it? Messages already moved are not moved again.</numerusform>
            <numerusform>A redrive of %n dead letters back to “%1” on %2 stopped before it finished (%3 done). Go on with it? Messages already moved are not moved again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a project, branch, queue or instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>A JSON path starts with $, for example $.error.code</source>
        <translation>A JSON path starts with $, for example $.error.code</translation>
    </message>
    <message>
        <source>A field name is missing after &quot;.&quot; at position %1</source>
        <translation>A field name is missing after &quot;.&quot; at position %1</translation>
    </message>
    <message>
        <source>An unclosed [&quot;…&quot;] in the JSON path</source>
        <translation>An unclosed [&quot;…&quot;] in the JSON path</translation>
    </message>
    <message>
        <source>An array index must be a number in [ ], as in $.items[0]</source>
        <translation>An array index must be a number in [ ], as in $.items[0]</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; at position %2 of the JSON path</source>
        <translation>Unexpected &quot;%1&quot; at position %2 of the JSON path</translation>
    </message>
    <message>
        <source>Compare with a JSON value: &quot;text&quot;, a number, true, false or null</source>
        <translation>Compare with a JSON value: &quot;text&quot;, a number, true, false or null</translation>
    </message>
    <message>
        <source>&lt;, &lt;=, &gt; and &gt;= compare numbers only</source>
        <translation>&lt;, &lt;=, &gt; and &gt;= compare numbers only</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(missing)</translation>
    </message>
</context>
<context>
    <name>LakebaseClient</name>
    <message>
        <source>Compute units go from 0.5 in steps of 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 64 compute units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum cannot be below the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum can be at most 16 compute units above the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LakebaseController</name>
    <message>
        <source>New project…</source>
        <translation type="unfinished">New project…</translation>
    </message>
    <message>
        <source>Undelete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New branch…</source>
        <translation type="unfinished">New branch…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished">Delete…</translation>
    </message>
    <message>
        <source>New endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprotect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name (the ID %1 stays):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete branch</source>
        <translation type="unfinished">Delete branch</translation>
    </message>
    <message>
        <source>“%1” is protected: a protected branch cannot be deleted, and neither can its endpoints or its project. Unprotect it first if it really has to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the project&apos;s default branch: it goes only with the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete branch “%1”? It disappears from the project, and can be undeleted (Show deleted) until it is purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished">Delete project</translation>
    </message>
    <message>
        <source>Delete project “%1” (%2) with all its branches and endpoints? It can be undeleted (Show deleted) until it is purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is on the protected branch “%2”: unprotect the branch first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete endpoint “%1”? Connections through it end, and it cannot be undeleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <source>Get credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LakebaseCredentialDialog</name>
    <message>
        <source>Expired. Get a new credential to connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1:%2 (at %3).</source>
        <extracomment>A countdown: minutes and seconds until the credential expires, e.g. &quot;Expires in 59:58&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Postgres password for &lt;b&gt;%1&lt;/b&gt; on branch %2. It is shown only now and is kept nowhere: copy it before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p&amp;sql:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy psql &amp;command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
</context>
<context>
    <name>LakebaseIds</name>
    <message>
        <source>An id is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lowercase letters a–z, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot end with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeasedMessagesModel</name>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s left</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Message id</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Lease</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
</context>
<context>
    <name>LoadProblemBanner</name>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>retrying in %n s</numerusform>
            <numerusform>retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalSandbox</name>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox stopped at start (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infrai-sandbox is not installed beside the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox said something unexpected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Infrai Console</source>
        <translation>About Infrai Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Infrai Console&lt;/b&gt; %1&lt;br&gt;Manage databases and message queues on infrai, Neo4j Aura and Databricks Lakebase.</source>
        <translation>&lt;b&gt;Infrai Console&lt;/b&gt; %1&lt;br&gt;Manage databases and message queues on infrai, Neo4j Aura and Databricks Lakebase.</translation>
    </message>
    <message>
        <source>Infrai Console</source>
        <translation>Infrai Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Connection &amp;profiles…</source>
        <translation>Connection &amp;profiles…</translation>
    </message>
    <message>
        <source>Add, edit or remove connection profiles</source>
        <translation>Add, edit or remove connection profiles</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Infrai Console</source>
        <translation>&amp;About Infrai Console</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Operations in progress</source>
        <translation>Operations in progress</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) are still in progress. They continue on the service, but this window will no longer follow them. Quit anyway?</source>
        <translation>
            <numerusform>%n operation are still in progress. They continue on the service, but this window will no longer follow them. Quit anyway?</numerusform>
            <numerusform>%n operations are still in progress. They continue on the service, but this window will no longer follow them. Quit anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <extracomment>Menu of actions on databases and queues (create, branch, snapshot, delete …).</extracomment>
        <translation>&amp;Resource</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The name of a duplicated connection profile.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 online</source>
        <extracomment>Status bar counts of connection profiles, e.g. &quot;2 online · 1 degraded · 1 unreachable&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles by state; click one to go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a loaded project, branch, queue or instance by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say on the desktop when a long operation ends while the window is in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tooltip with its keyboard shortcut, e.g. &quot;Refresh (F5)&quot;.</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MessageJsonl</name>
    <message>
        <source>line %1: not a JSON object (%2)</source>
        <translation>line %1: not a JSON object (%2)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>another JSON value</translation>
    </message>
    <message>
        <source>line %1: &quot;payload&quot; must be a JSON object</source>
        <translation>line %1: &quot;payload&quot; must be a JSON object</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; must be a whole number</source>
        <translation>line %1: &quot;%2&quot; must be a whole number</translation>
    </message>
</context>
<context>
    <name>NewAuraInstanceDialog</name>
    <message>
        <source>Give the instance a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant offers no configuration to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Aura instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished">&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished">&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished">Create</translation>
    </message>
</context>
<context>
    <name>NewBranchDialog</name>
    <message>
        <source>New branch of %1</source>
        <translation>New branch of %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;From branch:</source>
        <translation>&amp;From branch:</translation>
    </message>
    <message>
        <source>e.g. preview-pr-512</source>
        <translation>e.g. preview-pr-512</translation>
    </message>
    <message>
        <source>Create branch</source>
        <translation>Create branch</translation>
    </message>
    <message>
        <source>Enter a name for the branch.</source>
        <translation>Enter a name for the branch.</translation>
    </message>
</context>
<context>
    <name>NewLakebaseBranchDialog</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New branch in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. feature-login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From branch:</source>
        <translation type="unfinished">&amp;From branch:</translation>
    </message>
    <message>
        <source>&amp;Protected (cannot be deleted or reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s default branch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewLakebaseEndpointDialog</name>
    <message>
        <source>New endpoint on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished">&amp;Type:</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-write (the branch has one: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute, mi&amp;nimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute, ma&amp;ximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewLakebaseProjectDialog</name>
    <message>
        <source>New Lakebase project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. orders-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowercase letters, digits and hyphens; starts with a letter; at most 63; cannot change later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; the ID when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postgres version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute, mi&amp;nimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute, ma&amp;ximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rotect the default branch (it cannot be deleted or reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>Vendor choices could not be loaded: %1</source>
        <translation>Vendor choices could not be loaded: %1</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Vendor:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>e.g. billing-prod</source>
        <translation>e.g. billing-prod</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Managed</translation>
    </message>
    <message>
        <source>Bring your own key (byok)</source>
        <translation>Bring your own key (byok)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Automatic (gateway chooses)</source>
        <translation>Automatic (gateway chooses)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Loading vendors…</source>
        <translation>Loading vendors…</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (unavailable)</translation>
    </message>
    <message>
        <source>Enter a name for the project.</source>
        <translation>Enter a name for the project.</translation>
    </message>
    <message>
        <source>Bring-your-own-key projects need a specific vendor.</source>
        <translation>Bring-your-own-key projects need a specific vendor.</translation>
    </message>
    <message>
        <source>Postgres v&amp;ersion:</source>
        <translation>Postgres v&amp;ersion:</translation>
    </message>
</context>
<context>
    <name>NewQueueDialog</name>
    <message>
        <source>New queue</source>
        <translation>New queue</translation>
    </message>
    <message>
        <source>letters, digits, - _ . (up to 80)</source>
        <translation>letters, digits, - _ . (up to 80)</translation>
    </message>
    <message>
        <source>Standard — at-least-once, best-effort order</source>
        <translation>Standard — at-least-once, best-effort order</translation>
    </message>
    <message>
        <source>FIFO — publish order, one in flight blocks the rest</source>
        <translation>FIFO — publish order, one in flight blocks the rest</translation>
    </message>
    <message>
        <source>None (dead letters stay listed on this queue)</source>
        <translation>None (dead letters stay listed on this queue)</translation>
    </message>
    <message>
        <source>Create a new one</source>
        <translation>Create a new one</translation>
    </message>
    <message>
        <source>Create a new one: %1</source>
        <translation>Create a new one: %1</translation>
    </message>
    <message>
        <source>Failures (nacks and lapsed leases) before a message moves to the DLQ</source>
        <translation>Failures (nacks and lapsed leases) before a message moves to the DLQ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Deliver higher priority first</source>
        <translation>Deliver higher priority first</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>Use 1–80 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>Use 1–80 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The name is too long to add &quot;-dlq&quot;; choose an existing DLQ.</source>
        <translation>The name is too long to add &quot;-dlq&quot;; choose an existing DLQ.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Dead-letter queue:</source>
        <translation>&amp;Dead-letter queue:</translation>
    </message>
    <message>
        <source>Max &amp;retries:</source>
        <translation>Max &amp;retries:</translation>
    </message>
    <message>
        <source>&amp;Visibility timeout:</source>
        <translation>&amp;Visibility timeout:</translation>
    </message>
    <message>
        <source>R&amp;etention:</source>
        <translation>R&amp;etention:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Create project %1</source>
        <translation>Create project %1</translation>
    </message>
    <message>
        <source>Delete project %1</source>
        <translation>Delete project %1</translation>
    </message>
    <message>
        <source>Create branch %1</source>
        <translation>Create branch %1</translation>
    </message>
    <message>
        <source>Delete branch %1</source>
        <translation>Delete branch %1</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>Restore into %1</source>
        <translation>Restore into %1</translation>
    </message>
    <message>
        <source>Top up credit</source>
        <translation>Top up credit</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>provisioning</source>
        <translation>provisioning</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Create queue %1</source>
        <translation>Create queue %1</translation>
    </message>
    <message>
        <source>Update queue %1</source>
        <translation>Update queue %1</translation>
    </message>
    <message>
        <source>Delete queue %1</source>
        <translation>Delete queue %1</translation>
    </message>
    <message>
        <source>Purge queue %1</source>
        <translation>Purge queue %1</translation>
    </message>
    <message>
        <source>Publish to %1</source>
        <translation>Publish to %1</translation>
    </message>
    <message numerus="yes">
        <source>Publish %n message(s) to %1</source>
        <translation>
            <numerusform>Publish %n message to %1</numerusform>
            <numerusform>Publish %n messages to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive from %1</source>
        <translation>Receive from %1</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n message(s) on %1</source>
        <translation>
            <numerusform>Acknowledge %n message on %1</numerusform>
            <numerusform>Acknowledge %n messages on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requeue %n message(s) on %1</source>
        <translation>
            <numerusform>Requeue %n message on %1</numerusform>
            <numerusform>Requeue %n messages on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dead-letter %n message(s) from %1</source>
        <translation>
            <numerusform>Dead-letter %n message from %1</numerusform>
            <numerusform>Dead-letter %n messages from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redrive %n dead letter(s) to %1</source>
        <translation>
            <numerusform>Redrive %n dead letter to %1</numerusform>
            <numerusform>Redrive %n dead letters to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Redrive dead letters to %1</source>
        <translation>Redrive dead letters to %1</translation>
    </message>
    <message>
        <source>Push subscription on %1</source>
        <translation>Push subscription on %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) purged</source>
        <translation>
            <numerusform>%n message purged</numerusform>
            <numerusform>%n messages purged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) redriven</source>
        <translation>
            <numerusform>%n message redriven</numerusform>
            <numerusform>%n messages redriven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) accepted</source>
        <translation>
            <numerusform>%n message accepted</numerusform>
            <numerusform>%n messages accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) leased</source>
        <translation>
            <numerusform>%n message leased</numerusform>
            <numerusform>%n messages leased</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) done</source>
        <translation>
            <numerusform>%n message done</numerusform>
            <numerusform>%n messages done</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation type="unfinished">Snapshot of %1</translation>
    </message>
    <message>
        <source>Restore %1 from a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undelete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished">%1 s {1/?}</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <extracomment>A running job: its rate and the time left, e.g. &quot;480/s · 2 min 5 s left&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished">%1 s</translation>
    </message>
</context>
<context>
    <name>OperationsDock</name>
    <message>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Copy &amp;error</source>
        <translation>Copy &amp;error</translation>
    </message>
    <message>
        <source>Send the same call again, with the same idempotency key, so the service does it at most once</source>
        <translation>Send the same call again, with the same idempotency key, so the service does it at most once</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages a second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ate: %1/s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending for now; the job goes on from where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many messages a second the job sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the job for good: what was moved stays moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The service rejected the values; change them and submit again.</source>
        <translation>The service rejected the values; change them and submit again.</translation>
    </message>
    <message>
        <source>Profile</source>
        <extracomment>Column of the Operations dock: the connection profile the operation was made on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its connection profile was removed: a retry cannot reach that account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>infrai (databases and queues)</source>
        <translation>infrai (databases and queues)</translation>
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
        <translation>Give the profile a name.</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation>The base URL is not a valid URL.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>The base URL must start with https://.</translation>
    </message>
    <message>
        <source>Use https:// for %1: keys must not travel unencrypted. Plain http is allowed only for a server on this machine.</source>
        <translation>Use https:// for %1: keys must not travel unencrypted. Plain http is allowed only for a server on this machine.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password. Put the key in the key field: it is kept in the system keychain.</source>
        <translation>The base URL must not contain a user name or password. Put the key in the key field: it is kept in the system keychain.</translation>
    </message>
    <message>
        <source>Enter the client ID of the Aura API credentials (the secret goes in the secret field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID of the service principal (its OAuth secret goes in the secret field).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>The key is kept for this session only.</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Connection profiles</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Keep for this session only</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>e.g. Production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>Enter a name, the service&apos;s base URL and an API key.</source>
        <translation>Enter a name, the service&apos;s base URL and an API key.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profile saved.</translation>
    </message>
    <message>
        <source>Profile saved. Storing the key in the keychain…</source>
        <translation>Profile saved. Storing the key in the keychain…</translation>
    </message>
    <message>
        <source>Profile saved; the key is in the system keychain.</source>
        <translation>Profile saved; the key is in the system keychain.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message>
        <source>Connected: the service accepted the key.</source>
        <translation>Connected: the service accepted the key.</translation>
    </message>
    <message>
        <source>The API key goes to the system keychain, never to the settings file. For a saved profile, leave the field empty to keep the key already stored.</source>
        <translation>The API key goes to the system keychain, never to the settings file. For a saved profile, leave the field empty to keep the key already stored.</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Stored in the system keychain</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>Leave empty to keep the current key</translation>
    </message>
    <message>
        <source>The new profile has not been saved. Save it before closing?</source>
        <translation>The new profile has not been saved. Save it before closing?</translation>
    </message>
    <message>
        <source>The new profile “%1” has not been saved. Save it before closing?</source>
        <translation>The new profile “%1” has not been saved. Save it before closing?</translation>
    </message>
    <message>
        <source>The profile “%1” has unsaved changes. Save them before closing?</source>
        <translation>The profile “%1” has unsaved changes. Save them before closing?</translation>
    </message>
    <message>
        <source>Unsaved profile</source>
        <translation>Unsaved profile</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its API key is deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) on it are still in progress. They continue on the service, but the console will no longer follow them, and a failed one cannot be retried.</source>
        <translation>
            <numerusform>%n operation(s) on it are still in progress. They continue on the service, but the console will no longer follow them, and a failed one cannot be retried.</numerusform>
            <numerusform>%n operation(s) on it are still in progress. They continue on the service, but the console will no longer follow them, and a failed one cannot be retried.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth (service principal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesTreeModel</name>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished">connecting…</translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished">online</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished">unreachable</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation type="unfinished">no API key</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation type="unfinished">key rejected</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation type="unfinished">keychain unavailable</translation>
    </message>
    <message>
        <source>infrai account</source>
        <extracomment>The type of a connection profile in the tree.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neo4j Aura tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databricks workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>Publish batch</source>
        <translation>Publish batch</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson);;All files (*)</translation>
    </message>
    <message>
        <source>Published %1 (key %2).</source>
        <translation>Published %1 (key %2).</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 batches: %3 Retry it from the Operations dock: only the batches not yet accepted are sent again.</source>
        <translation>Stopped after %1 of %2 batches: %3 Retry it from the Operations dock: only the batches not yet accepted are sent again.</translation>
    </message>
    <message>
        <source>%1 of %2 messages accepted.</source>
        <translation>%1 of %2 messages accepted.</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>Invalid JSON at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>The payload must be a JSON object, {…}.</source>
        <translation>The payload must be a JSON object, {…}.</translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON object, %n byte(s) compact.</source>
        <translation>
            <numerusform>Valid JSON object, %n byte compact.</numerusform>
            <numerusform>Valid JSON object, %n bytes compact.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing published: %n line(s) cannot be read.</source>
        <translation>
            <numerusform>Nothing published: %n line cannot be read.</numerusform>
            <numerusform>Nothing published: %n lines cannot be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no messages.</source>
        <translation>The file holds no messages.</translation>
    </message>
    <message numerus="yes">
        <source>Publishing %n message(s)…</source>
        <translation>
            <numerusform>Publishing %n message…</numerusform>
            <numerusform>Publishing %n messages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Payload (a JSON object):</source>
        <translation>Payload (a JSON object):</translation>
    </message>
    <message>
        <source>Pretty-print</source>
        <translation>Pretty-print</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Delay:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Higher first; this queue must have priority enabled</source>
        <translation>Higher first; this queue must have priority enabled</translation>
    </message>
    <message>
        <source>Idempotency key:</source>
        <translation>Idempotency key:</translation>
    </message>
    <message>
        <source>Publishing again with the same key does not create a second message</source>
        <translation>Publishing again with the same key does not create a second message</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>New key</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Publish batch…</source>
        <translation>Publish batch…</translation>
    </message>
</context>
<context>
    <name>PushSubscriptionDialog</name>
    <message>
        <source>Enter the URL that receives the messages.</source>
        <translation>Enter the URL that receives the messages.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>This is not a valid URL.</translation>
    </message>
    <message>
        <source>Push URLs must use https, so messages and signatures travel encrypted.</source>
        <translation>Push URLs must use https, so messages and signatures travel encrypted.</translation>
    </message>
    <message>
        <source>The service cannot push to this machine&apos;s own address (localhost).</source>
        <translation>The service cannot push to this machine&apos;s own address (localhost).</translation>
    </message>
    <message>
        <source>Push URLs must point to a public address, not a loopback, private, link-local or metadata one.</source>
        <translation>Push URLs must point to a public address, not a loopback, private, link-local or metadata one.</translation>
    </message>
    <message>
        <source>New push subscription on %1</source>
        <translation>New push subscription on %1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Subscribe</translation>
    </message>
    <message>
        <source>Use a secret of at least 16 characters.</source>
        <translation>Use a secret of at least 16 characters.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Signing &amp;secret:</source>
        <translation>Signing &amp;secret:</translation>
    </message>
    <message>
        <source>Each delivery carries X-Infrai-Signature: an HMAC-SHA256 of the body with this secret. Give it to the receiver now; it is kept in the system keychain, where the Push page can copy or reveal it later.</source>
        <translation>Each delivery carries X-Infrai-Signature: an HMAC-SHA256 of the body with this secret. Give it to the receiver now; it is kept in the system keychain, where the Push page can copy or reveal it later.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>&amp;Max retries:</source>
        <translation>&amp;Max retries:</translation>
    </message>
    <message>
        <source>&amp;Visibility timeout:</source>
        <translation>&amp;Visibility timeout:</translation>
    </message>
    <message>
        <source>&amp;I understand that this subscription cannot be paused or removed</source>
        <translation>&amp;I understand that this subscription cannot be paused or removed</translation>
    </message>
    <message>
        <source>Every message of %1 will be sent to this URL and leave the queue once the receiver answers 2xx. A failed delivery counts toward max retries (%2) and waits the visibility timeout (%3 s) before the next attempt; once the retries are used up, the message moves to the dead-letter queue. The API cannot list, pause or remove a subscription: once created, it keeps running.</source>
        <translation>Every message of %1 will be sent to this URL and leave the queue once the receiver answers 2xx. A failed delivery counts toward max retries (%2) and waits the visibility timeout (%3 s) before the next attempt; once the retries are used up, the message moves to the dead-letter queue. The API cannot list, pause or remove a subscription: once created, it keeps running.</translation>
    </message>
</context>
<context>
    <name>PushSubscriptionsPage</name>
    <message>
        <source>The signing secret is in the system keychain.</source>
        <translation>The signing secret is in the system keychain.</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>New subscription…</source>
        <translation>New subscription…</translation>
    </message>
    <message>
        <source>Signing secret: %1</source>
        <translation>Signing secret: %1</translation>
    </message>
    <message>
        <source>Each available message is POSTed to the URL, signed with X-Infrai-Signature. The service offers no way to list, pause or remove subscriptions, so this shows the ones created from this console; their signing secrets are in the system keychain.</source>
        <translation>Each available message is POSTed to the URL, signed with X-Infrai-Signature. The service offers no way to list, pause or remove subscriptions, so this shows the ones created from this console; their signing secrets are in the system keychain.</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Copy secret</translation>
    </message>
    <message>
        <source>Reveal secret</source>
        <translation>Reveal secret</translation>
    </message>
    <message>
        <source>Copies the selected subscription&apos;s signing secret from the system keychain.</source>
        <translation>Copies the selected subscription&apos;s signing secret from the system keychain.</translation>
    </message>
</context>
<context>
    <name>QueueConfirmDialog</name>
    <message>
        <source>all its messages</source>
        <translation>all its messages</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge queue</source>
        <translation>Purge queue</translation>
    </message>
    <message>
        <source>Purge &lt;b&gt;%1&lt;/b&gt;? This discards %2 waiting or in flight; dead letters in its DLQ are kept. This cannot be undone.</source>
        <translation>Purge &lt;b&gt;%1&lt;/b&gt;? This discards %2 waiting or in flight; dead letters in its DLQ are kept. This cannot be undone.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Delete queue</source>
        <translation>Delete queue</translation>
    </message>
    <message>
        <source>Delete &lt;b&gt;%1&lt;/b&gt;? Its configuration goes, and with it %2 waiting or in flight. This cannot be undone.</source>
        <translation>Delete &lt;b&gt;%1&lt;/b&gt;? Its configuration goes, and with it %2 waiting or in flight. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</translation>
    </message>
    <message>
        <source>The name does not match.</source>
        <translation>The name does not match.</translation>
    </message>
</context>
<context>
    <name>QueueInspector</name>
    <message>
        <source>FIFO queue</source>
        <translation>FIFO queue</translation>
    </message>
    <message>
        <source>Standard queue</source>
        <translation>Standard queue</translation>
    </message>
    <message>
        <source>no DLQ</source>
        <translation>no DLQ</translation>
    </message>
    <message>
        <source>DLQ %1</source>
        <translation>DLQ %1</translation>
    </message>
    <message>
        <source>max retries %1</source>
        <translation>max retries %1</translation>
    </message>
    <message>
        <source>visibility %1 s</source>
        <translation>visibility %1 s</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Consume</source>
        <extracomment>Tab title: receiving messages from the queue (a verb, as in &quot;consume messages&quot;).</extracomment>
        <translation>Consume</translation>
    </message>
    <message>
        <source>Dead letters (%1)</source>
        <translation>Dead letters (%1)</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Dead letters</translation>
    </message>
    <message>
        <source>Push subscriptions</source>
        <translation>Push subscriptions</translation>
    </message>
    <message>
        <source>This queue no longer exists; close the tab when you are done with what it shows.</source>
        <translation>This queue no longer exists; close the tab when you are done with what it shows.</translation>
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
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>A queue cannot be its own dead-letter queue.</source>
        <translation>A queue cannot be its own dead-letter queue.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>in flight</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>dead letters</translation>
    </message>
    <message>
        <source>oldest message</source>
        <translation>oldest message</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Dead-letter queue:</source>
        <translation>Dead-letter queue:</translation>
    </message>
    <message>
        <source>Max retries:</source>
        <translation>Max retries:</translation>
    </message>
    <message>
        <source>Visibility timeout:</source>
        <translation>Visibility timeout:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Retention:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Deliver higher priority first</source>
        <translation>Deliver higher priority first</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Purge…</translation>
    </message>
    <message>
        <source>Delete queue…</source>
        <translation>Delete queue…</translation>
    </message>
</context>
<context>
    <name>QueueStatsChart</name>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In flight</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Dead letters</translation>
    </message>
</context>
<context>
    <name>RedriveJob</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the job&apos;s journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This redrive is running in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job&apos;s journal cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogDock</name>
    <message>
        <source>Copy as curl</source>
        <translation>Copy as curl</translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation>Copy request ID</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Request log</translation>
    </message>
    <message numerus="yes">
        <source>%n polling call(s) hidden</source>
        <translation>
            <numerusform>%n polling call hidden</numerusform>
            <numerusform>%n polling calls hidden</numerusform>
        </translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>All methods</translation>
    </message>
    <message>
        <source>Show only calls with this HTTP method</source>
        <translation>Show only calls with this HTTP method</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx success</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx client error</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx server error</translation>
    </message>
    <message>
        <source>Any error</source>
        <translation>Any error</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Show only calls that ended this way; &quot;No answer&quot; is a network failure, a timeout or a cancelled call</source>
        <translation>Show only calls that ended this way; &quot;No answer&quot; is a network failure, a timeout or a cancelled call</translation>
    </message>
    <message>
        <source>Filter by path…</source>
        <translation>Filter by path…</translation>
    </message>
    <message>
        <source>Hide polling</source>
        <translation>Hide polling</translation>
    </message>
    <message>
        <source>Leave out the calls the console repeats on a timer (queue figures, resources being provisioned)</source>
        <translation>Leave out the calls the console repeats on a timer (queue figures, resources being provisioned)</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (attempt %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Profile</source>
        <extracomment>Request log column: the connection profile that sent the request.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretClipboard</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The key is kept for this session only and will be forgotten when the console closes.</source>
        <translation>The key is kept for this session only and will be forgotten when the console closes.</translation>
    </message>
    <message>
        <source>No key is stored for this profile yet.</source>
        <translation>No key is stored for this profile yet.</translation>
    </message>
    <message>
        <source>The system keychain is not available or is locked. Start and unlock your keyring (for example GNOME Keyring or KWallet) and try again, or keep the key for this session only.</source>
        <translation>The system keychain is not available or is locked. Start and unlock your keyring (for example GNOME Keyring or KWallet) and try again, or keep the key for this session only.</translation>
    </message>
    <message>
        <source>The keychain operation failed: %1</source>
        <translation>The keychain operation failed: %1</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked. Unlock your keyring (or allow the console to use it) and try again, or keep the key for this session only.</source>
        <translation>The system keychain refused access; it may be locked. Unlock your keyring (or allow the console to use it) and try again, or keep the key for this session only.</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Restore snapshot</source>
        <translation>Restore snapshot</translation>
    </message>
    <message>
        <source>New project &amp;name:</source>
        <translation>New project &amp;name:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>&amp;Label (optional):</source>
        <translation>&amp;Label (optional):</translation>
    </message>
    <message>
        <source>e.g. before-migration-0043</source>
        <translation>e.g. before-migration-0043</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>Create snapshot</translation>
    </message>
    <message>
        <source>Enter a name for the new project.</source>
        <translation>Enter a name for the new project.</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Asking the service for a checkout page…</source>
        <translation>Asking the service for a checkout page…</translation>
    </message>
    <message>
        <source>The checkout page is open in your browser (%1). When the payment is done, retry the failed operation from the Operations dock.</source>
        <translation>The checkout page is open in your browser (%1). When the payment is done, retry the failed operation from the Operations dock.</translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation>Out of credit</translation>
    </message>
    <message>
        <source>The account has run out of credit, so the service refused to create more resources. Top up to continue; nothing was created.</source>
        <translation>The account has run out of credit, so the service refused to create more resources. Top up to continue; nothing was created.</translation>
    </message>
    <message>
        <source>Open checkout page</source>
        <translation>Open checkout page</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TypedNameDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished">Type &lt;b&gt;%1&lt;/b&gt; to confirm:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Infrai Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage managed Postgres, Neo4j Aura and Databricks Lakebase databases and message queues from one window. Nothing is connected yet: try it on a local sandbox with demo data, or add a connection to your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infrai-sandbox is not installed beside the console, so there is no local sandbox to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs infrai-sandbox on this computer with demo projects and queues, and adds a &quot;Local sandbox&quot; connection; its key is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;infrai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed Postgres and queues, with an infrai API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neo4j &amp;Aura…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neo4j Aura instances, with an API client ID and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databricks &amp;Lakebase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lakebase projects, with a workspace URL and a token or service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here? Read the &lt;a href=&quot;%1&quot;&gt;README&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
