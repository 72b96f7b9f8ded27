// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"
#include "domain/RoleSet.h"

#include <QComboBox>

namespace stepwise {

class Database;

// Active staff members holding `role`, by name; starts on the signed-in user when they hold it.
class StaffChoice : public QComboBox
{
    Q_OBJECT
public:
    StaffChoice(Database& db, StaffRole role, QWidget* parent = nullptr);
    Id staffId() const { return currentData().value<Id>(); }
};

} // namespace stepwise
