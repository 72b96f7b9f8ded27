// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Episode.h"
#include "domain/ProgramSettings.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace stepwise {

class AppContext;
class FieldErrors;
class MessageBar;

// Moves the participant to another phase of the open episode: the next, less intensive one,
// or back to a more intensive one after a setback. Asks the date, the reason and the new
// weekly plan (prefilled with the program's default for that phase).
class PhaseTransitionDialog : public QDialog
{
    Q_OBJECT
public:
    PhaseTransitionDialog(AppContext& context, const Episode& episode, QWidget* parent = nullptr);

    QComboBox* phaseCombo() const { return m_kind; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QSpinBox* sessionsEdit() const { return m_sessions; }
    QDoubleSpinBox* hoursEdit() const { return m_hours; }
    QPushButton* saveButton() const { return m_save; }
    FieldErrors* errors() const { return m_errors; }
    MessageBar* messageBar() const { return m_messageBar; }

public slots:
    bool save();

signals:
    void transitioned(stepwise::Id participantId);

private:
    void fillPhases(PhaseKind current);
    void applyDefaultPlan();

    AppContext& m_context;
    Episode m_episode;
    ProgramSettings m_settings;
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
    QComboBox* m_kind;
    QDateEdit* m_date;
    QPlainTextEdit* m_reason;
    QSpinBox* m_sessions;
    QDoubleSpinBox* m_hours;
    QLabel* m_planNote;
    QPushButton* m_save = nullptr;
};

} // namespace stepwise
