// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QDialog>

class QComboBox;
class QDateEdit;

namespace stepwise {

class AppContext;
class MessageBar;

// Enrols one participant in a recurring group from a date: they are expected at its sessions.
class EnrolDialog : public QDialog
{
    Q_OBJECT
public:
    EnrolDialog(AppContext& context, Id participantId, QWidget* parent = nullptr);
    void accept() override;

private:
    AppContext& m_context;
    Id m_participantId;
    MessageBar* m_messageBar;
    QComboBox* m_group;
    QDateEdit* m_from;
};

} // namespace stepwise
