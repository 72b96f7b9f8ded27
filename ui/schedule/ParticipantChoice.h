// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QComboBox>

namespace stepwise {

class Database;

// A combo box of the participants in care the user reaches, "Last, First (record number)",
// searchable by typing any part of the name or number.
class ParticipantChoice : public QComboBox
{
    Q_OBJECT
public:
    explicit ParticipantChoice(Database& db, QWidget* parent = nullptr);
    Id participantId() const; // 0 when none is chosen
    void setParticipantId(Id id);
    // The same list as checkable items, for choosing several (a group's members).
    static QList<std::pair<Id, QString>> inCare(Database& db);
};

} // namespace stepwise
