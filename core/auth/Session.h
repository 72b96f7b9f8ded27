// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"
#include "domain/RoleSet.h"

#include <QDateTime>
#include <QString>

namespace stepwise {

// Who is signed in on this connection. Core's access checks and the audit trail read it from
// Database::session(); only Authenticator makes one from a password (tests and the crash-test
// writer set one directly, as any code linked into the process could).
struct Session
{
    Id staffId = 0;
    QString name;
    QString username;
    RoleSet roles;
    QDateTime signedInAt; // UTC
};

} // namespace stepwise
