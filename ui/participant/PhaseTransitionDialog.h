// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Episode.h"
#include "domain/ProgramSettings.h"
#include "session/UnsavedWork.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace stepwise {

class AppContext;
class DraftOffer;
class FieldErrors;
class MessageBar;

// Moves the participant to another phase of the open episode: the next, less intensive one,
// or back to a more intensive one after a setback. Asks the date, the reason and the new
// weekly plan (prefilled with the program's default for that phase). What was typed can be
// kept as a draft when another user takes over a locked screen.
class PhaseTransitionDialog : public QDialog, public UnsavedForm
{
    Q_OBJECT
public:
    PhaseTransitionDialog(AppContext& context, const Episode& episode, QWidget* parent = nullptr);
    ~PhaseTransitionDialog() override;

    static constexpr auto DraftKind = "phase.transition";

    QComboBox* phaseCombo() const { return m_kind; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QSpinBox* sessionsEdit() const { return m_sessions; }
    QDoubleSpinBox* hoursEdit() const { return m_hours; }
    QPushButton* saveButton() const { return m_save; }
    FieldErrors* errors() const { return m_errors; }
    MessageBar* messageBar() const { return m_messageBar; }
    DraftOffer* draftOffer() const { return m_draftOffer; }

    // UnsavedForm
    QWidget* formWindow() override { return this; }
    QString unsavedTitle() const override;
    bool isModified() const override;
    Draft draft() const override;
    void discard() override;
    void applyDraft(const Draft& draft);

public slots:
    bool save();

signals:
    void transitioned(stepwise::Id participantId);

private:
    QJsonObject values() const;
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
    DraftOffer* m_draftOffer = nullptr;
    QJsonObject m_initial; // values() when opened, to tell whether anything changed
};

} // namespace stepwise
