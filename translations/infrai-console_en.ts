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
            <source>Vendor</source>
            <translation>Vendor</translation>
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
            <source>Select a project, branch or snapshot to see its details.</source>
            <translation>Select a project, branch or snapshot to see its details.</translation>
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
            <source>&lt;b&gt;%1&lt;/b&gt; is the project's root branch; it goes only with the project.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; is the project's root branch; it goes only with the project.</translation>
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
            <source>Profile:</source>
            <translation>Profile:</translation>
        </message>
        <message>
            <source>No connection profile yet. Use &lt;b&gt;Connection profiles…&lt;/b&gt; to add one with its base URL and API key.</source>
            <translation>No connection profile yet. Use &lt;b&gt;Connection profiles…&lt;/b&gt; to add one with its base URL and API key.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connecting to %1…</translation>
        </message>
        <message>
            <source>Connected to %1.</source>
            <translation>Connected to %1.</translation>
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
            <source>Postgres &amp;version:</source>
            <translation>Postgres &amp;version:</translation>
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
            <source>Stored in the system keychain; leave empty to keep the current key</source>
            <translation>Stored in the system keychain; leave empty to keep the current key</translation>
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
            <source>Enter a name, the service's base URL and an API key.</source>
            <translation>Enter a name, the service's base URL and an API key.</translation>
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
</TS>
