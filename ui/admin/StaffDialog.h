// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Episode.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLineEdit;

namespace stepwise {

class AppContext;
class MessageBar;

// Adds a staff member or changes one's name, roles and whether they are active.
class StaffDialog : public QDialog
{
    Q_OBJECT
public:
    StaffDialog(AppContext& context, const StaffMember& member, QWidget* parent = nullptr);

    StaffMember member() const;
    MessageBar* messageBar() const { return m_messageBar; }
    Id savedId() const { return m_savedId; }
    bool save();

private:
    AppContext& m_context;
    StaffMember m_original;
    MessageBar* m_messageBar;
    QLineEdit* m_name;
    QMap<StaffRole, QCheckBox*> m_roles;
    QCheckBox* m_active;
    QCheckBox* m_cosign = nullptr;
    Id m_savedId = 0;
};

} // namespace stepwise
