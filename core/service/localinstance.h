#pragma once

#include <QString>

// Where this user's running PostHog Companion can be found: one instance per user and
// configuration (XDG_CONFIG_HOME), so a test or a second profile with its own configuration has
// its own. The socket and the lock live in XDG_RUNTIME_DIR, which only this user can enter.
class LocalInstance
{
public:
    // The QLocalServer path (the name holds the user id and a digest of the configuration home).
    static QString socketPath();
    // Held by the instance for its whole life; a lock left by a process that died is stale.
    static QString lockPath();

private:
    static QString baseName();
};
