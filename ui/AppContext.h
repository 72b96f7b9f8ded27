// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QObject>
#include <memory>

namespace stepwise {

class Database;
class UnsavedWork;

// The open database shared by every page, the news that a participant changed so each page
// showing them reloads, and the forms open with unsaved typing (for the idle lock). Pages
// read and write through core's stores over database().
class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(std::unique_ptr<Database> database, QObject* parent = nullptr);
    // For tests that own their database (TestDatabase): the context does not delete it.
    explicit AppContext(Database& database, QObject* parent = nullptr);
    ~AppContext() override;

    Database& database() const { return *m_database; }
    QString databasePath() const;
    UnsavedWork& unsavedWork() const { return *m_unsaved; }

    void notifyParticipantChanged(Id participantId);

signals:
    void participantChanged(stepwise::Id participantId);

private:
    std::unique_ptr<Database> m_owned;
    Database* m_database;
    UnsavedWork* m_unsaved;
};

} // namespace stepwise
