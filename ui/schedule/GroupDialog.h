// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QTimeEdit;

namespace stepwise {

class AppContext;
class MessageBar;
class StaffChoice;

// A recurring group ("Evening IOP: Mon/Wed/Fri 18:00-21:00, intensive phase"), its members and
// its sessions over a date range less holidays, saved as one.
class GroupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GroupDialog(AppContext& context, QWidget* parent = nullptr);
    QDate firstDate() const;
    // Holidays and single cancelled dates as typed ("2026-12-25, 2027-01-01"); refused dates
    // are named in `problem`.
    QSet<QDate> skipDates(QString* problem) const;

    void accept() override;

private:
    AppContext& m_context;
    MessageBar* m_messageBar;
    QLineEdit* m_name;
    QComboBox* m_type;
    QList<QCheckBox*> m_days; // Monday first
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QComboBox* m_phase;
    QLineEdit* m_location;
    QCheckBox* m_telehealth;
    QLineEdit* m_topic;
    StaffChoice* m_facilitator;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_skip;
    QListWidget* m_members;
};

} // namespace stepwise
