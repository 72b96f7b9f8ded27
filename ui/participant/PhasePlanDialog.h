// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Episode.h"

#include <QDialog>

class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace stepwise {

class AppContext;
class FieldErrors;
class MessageBar;

// Individualises the weekly plan of the current phase (sessions and hours a week) without
// changing phase, e.g. a participant who attends four sessions instead of the program's three.
class PhasePlanDialog : public QDialog
{
    Q_OBJECT
public:
    PhasePlanDialog(
        AppContext& context, Id participantId, const Phase& phase, QWidget* parent = nullptr);

    QSpinBox* sessionsEdit() const { return m_sessions; }
    QDoubleSpinBox* hoursEdit() const { return m_hours; }
    MessageBar* messageBar() const { return m_messageBar; }

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
};

} // namespace stepwise
