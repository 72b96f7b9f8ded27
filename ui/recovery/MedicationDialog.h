// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recovery/Medication.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace stepwise {

class AppContext;
class FieldErrors;
class MessageBar;

// Adds a prescription. The name completes over the medications Stepwise knows; the analytes it
// is expected to make positive are suggested from the name (as cup codes, "BUP, MTD") until the
// clinician edits them, with the caveats that apply.
class MedicationDialog : public QDialog
{
    Q_OBJECT
public:
    MedicationDialog(AppContext& context, Id participantId, QWidget* parent = nullptr);

    Medication medication() const; // as on screen
    Id savedId() const { return m_savedId; }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* analytesEdit() const { return m_analytes; }
    QLabel* caveats() const { return m_caveats; }
    QLineEdit* prescriberEdit() const { return m_prescriber; }
    QDateEdit* startEdit() const { return m_start; }
    FieldErrors* fieldErrors() const { return m_errors; }
    MessageBar* messageBar() const { return m_messageBar; }
    QPushButton* saveButton() const { return m_save; }

    // The completer's names: generic and brand names of MedicationRules::known().
    static QStringList knownNames();

public slots:
    void accept() override;

private:
    void nameChanged(const QString& name);

    AppContext& m_context;
    Id m_participantId;
    Id m_savedId = 0;
    bool m_analytesEdited = false;
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
    QLineEdit* m_name;
    QLineEdit* m_analytes;
    QLabel* m_caveats;
    QLineEdit* m_prescriber;
    QDateEdit* m_start;
    QPlainTextEdit* m_note;
    QPushButton* m_save;
};

} // namespace stepwise
