// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

namespace stepwise {

class AppContext;
class MessageBar;
class ParticipantChoice;
class StaffChoice;

// Books one session for one participant: individual counseling, a family session, case or
// medication management (or any type the program uses).
class BookSessionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BookSessionDialog(AppContext& context, QWidget* parent = nullptr);
    void setParticipant(Id participantId);
    Id bookedId() const { return m_bookedId; }
    QDate bookedDate() const;

    void accept() override;

private:
    AppContext& m_context;
    MessageBar* m_messageBar;
    QComboBox* m_type;
    ParticipantChoice* m_participant;
    QDateEdit* m_date;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QLineEdit* m_location;
    QCheckBox* m_telehealth;
    QLineEdit* m_topic;
    StaffChoice* m_facilitator;
    Id m_bookedId = 0;
};

} // namespace stepwise
