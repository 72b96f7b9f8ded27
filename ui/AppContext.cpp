// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppContext.h"

#include "session/UnsavedWork.h"
#include "storage/Database.h"

namespace stepwise {

AppContext::AppContext(std::unique_ptr<Database> database, QObject* parent)
    : QObject(parent)
    , m_owned(std::move(database))
    , m_database(m_owned.get())
    , m_unsaved(new UnsavedWork(this))
{
    Q_ASSERT(m_database);
}

AppContext::AppContext(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(&database)
    , m_unsaved(new UnsavedWork(this))
{ }

AppContext::~AppContext() = default;

QString AppContext::databasePath() const
{
    return m_database->path();
}

void AppContext::notifyParticipantChanged(Id participantId)
{
    emit participantChanged(participantId);
}

} // namespace stepwise
