// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Episode.h"
#include "session/UnsavedWork.h"

#include <QDialog>

class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace stepwise {

class AppContext;
class DraftOffer;
class FieldErrors;
class MessageBar;

// Individualises the weekly plan of the current phase (sessions and hours a week) without
// changing phase, e.g. a participant who attends four sessions instead of the program's three.
class PhasePlanDialog : public QDialog, public UnsavedForm
{
    Q_OBJECT
public:
    PhasePlanDialog(
        AppContext& context, Id participantId, const Phase& phase, QWidget* parent = nullptr);
    ~PhasePlanDialog() override;

    static constexpr auto DraftKind = "phase.plan";

    QSpinBox* sessionsEdit() const { return m_sessions; }
    QDoubleSpinBox* hoursEdit() const { return m_hours; }
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

private:
    AppContext& m_context;
    Id m_participantId;
    Phase m_phase;
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
    QSpinBox* m_sessions;
    QDoubleSpinBox* m_hours;
    DraftOffer* m_draftOffer = nullptr;
};

} // namespace stepwise
