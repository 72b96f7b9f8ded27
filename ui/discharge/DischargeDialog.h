// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DischargeStore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace stepwise {

class AppContext;
class FieldErrors;
class MessageBar;
class PlainLabel;

// Discharges a participant with the signed record: date, reason, condition, what was done about
// any open safety alert, and the summary drafted from the record for the clinician to edit. In
// CompleteRecord mode it writes the record of an episode already closed without one (the date
// is the episode's).
class DischargeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Discharge, CompleteRecord };
    DischargeDialog(AppContext& context, Id participantId, Mode mode, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* reasonBox() const { return m_reason; }
    QLineEdit* reasonNote() const { return m_reasonNote; }
    QComboBox* conditionBox() const { return m_condition; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    MessageBar* messageBar() const { return m_messageBar; }
    // The follow-up fields of the open safety alerts, in the order shown.
    QList<QComboBox*> alertActions() const;
    QList<QLineEdit*> alertNotes() const;

public slots:
    void accept() override;
    // Redrafts the summary from the record (asks first when the text was edited).
    void rebuildSummary();
    // Opens the aftercare plan editor; the summary's aftercare lines follow what is saved.
    void editAftercare();

private:
    struct AlertRow
    {
        Id alertId = 0;
        QComboBox* action = nullptr;
        QLineEdit* note = nullptr;
    };
    QWidget* createAlerts();
    void showAftercare();
    QString draft() const;
    DischargeInput input() const;

    AppContext& m_context;
    Id m_participantId;
    Mode m_mode;
    EpisodeFacts m_facts;
    QString m_lastDraft; // what the summary held when drafted, to see whether it was edited
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
    QDateEdit* m_date;
    QComboBox* m_reason;
    QLineEdit* m_reasonNote;
    QComboBox* m_condition;
    QLineEdit* m_conditionNote;
    QPlainTextEdit* m_summary;
    PlainLabel* m_aftercare;
    QList<AlertRow> m_alerts;
};

} // namespace stepwise
