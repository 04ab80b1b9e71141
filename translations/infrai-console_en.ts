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
            <source>Access to the system keychain was denied. Allow the console to use it, or keep the key for this session only.</source>
            <translation>Access to the system keychain was denied. Allow the console to use it, or keep the key for this session only.</translation>
        </message>
        <message>
            <source>The keychain operation failed: %1</source>
            <translation>The keychain operation failed: %1</translation>
        </message>
    </context>
</TS>
