// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteAccess.h"

#include "auth/Access.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace stepwise::WriteAccess {

QString refusal(Database& db, Id participantId)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("stepwise::WriteAccess", text);
    };
    const auto& session = db.session();
    if (!session)
        return tr("Sign in to record in this chart.");
    if (!Access::roleAllows(session->roles, Permission::WriteRecord))
        return tr("Your role does not allow recording in the clinical record.");
    auto reaches = Access::reaches(db, participantId);
    if (!reaches)
        return reaches.error().message;
    if (!*reaches)
        return tr("This participant is not on your caseload: you cannot record in their chart.");
    return {};
}

} // namespace stepwise::WriteAccess
