// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/TreatmentPlanStore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;

namespace stepwise {

class AppContext;
class FieldErrors;
class MessageBar;

// Records that the participant agreed to the current version of their treatment plan: the day
// and who agreed and how. Recorded once per version; a new version needs its own.
class ParticipantAgreementDialog : public QDialog
{
    Q_OBJECT
public:
    ParticipantAgreementDialog(
        AppContext& context, const PlanVersion& version, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* howEdit() const { return m_how; }
    MessageBar* messageBar() const { return m_messageBar; }

public slots:
    void accept() override;

private:
    AppContext& m_context;
    PlanVersion m_version;
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
    QDateEdit* m_date;
    QComboBox* m_how;
};

} // namespace stepwise
