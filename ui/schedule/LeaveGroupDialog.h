// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QDialog>

class QComboBox;
class QDateEdit;

namespace stepwise {

class AppContext;
class MessageBar;

// Ends one participant's membership of a group after a last date: later sessions stop
// expecting them (those with attendance keep it).
class LeaveGroupDialog : public QDialog
{
    Q_OBJECT
public:
    LeaveGroupDialog(AppContext& context, Id participantId, QWidget* parent = nullptr);
    QComboBox* groups() const { return m_group; }
    QDateEdit* lastDate() const { return m_last; }
    MessageBar* messageBar() const { return m_messageBar; }
    void accept() override;

private:
    AppContext& m_context;
    Id m_participantId;
    MessageBar* m_messageBar;
    QComboBox* m_group;
    QDateEdit* m_last;
};

} // namespace stepwise
