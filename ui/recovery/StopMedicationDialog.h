// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recovery/Medication.h"

#include <QDialog>

class QDateEdit;
class QPushButton;

namespace stepwise {

class AppContext;
class FieldErrors;
class MessageBar;

// Records the last day a medication was taken (or moves it, when it was entered wrong).
class StopMedicationDialog : public QDialog
{
    Q_OBJECT
public:
    StopMedicationDialog(AppContext& context, const Medication& medication, QWidget* parent = nullptr);

    QDateEdit* endEdit() const { return m_end; }
    FieldErrors* fieldErrors() const { return m_errors; }
    MessageBar* messageBar() const { return m_messageBar; }
    QPushButton* saveButton() const { return m_save; }

public slots:
    void accept() override;

private:
    AppContext& m_context;
    Medication m_medication;
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
    QDateEdit* m_end;
    QPushButton* m_save;
};

} // namespace stepwise
