// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Readiness.h"

#include <QDialog>

class QButtonGroup;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace stepwise {

class AppContext;
class MessageBar;
class StaffChoice;

// The clinician's decision at a readiness review: step down, extend, step up or discharge, with
// the reason. Saving makes the change and keeps the indicators shown with it.
class ReadinessDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    ReadinessDecisionDialog(AppContext& context, Id participantId, PhaseKind phase,
        const QList<ReadinessIndicator>& indicators, QWidget* parent = nullptr);
    void setKind(ReadinessDecisionKind kind);
    void accept() override;

private:
    void updateFields();
    ReadinessDecisionKind kind() const;

    AppContext& m_context;
    Id m_participantId;
    PhaseKind m_phase;
    MessageBar* m_messageBar;
    QButtonGroup* m_kinds;
    QLabel* m_consequence;
    QDateEdit* m_date;
    QSpinBox* m_weeks;
    StaffChoice* m_approver;
    QPlainTextEdit* m_reason;
};

} // namespace stepwise
