// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSettings.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QSpinBox;

namespace stepwise {

class AppContext;
class MessageBar;

// The program's assessment schedule: for each instrument and phase, the days between
// administrations (0: not scheduled); whether the ASAM dimensions are due at each phase change;
// and the window around admission and phase changes. Administrators only (core checks).
class AssessmentScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AssessmentScheduleDialog(AppContext& context, QWidget* parent = nullptr);

    QSpinBox* intervalBox(const QString& instrument, PhaseKind phase) const;
    QCheckBox* asamAtPhaseChange() const { return m_asam; }
    QSpinBox* windowBox() const { return m_window; }
    MessageBar* messageBar() const { return m_messageBar; }

public slots:
    void accept() override;

private:
    AssessmentScheduleSettings values() const;

    AppContext& m_context;
    ProgramSettings m_settings;
    QHash<QString, QSpinBox*> m_boxes; // "phq9/intensive"
    QCheckBox* m_asam;
    QSpinBox* m_window;
    MessageBar* m_messageBar;
};

} // namespace stepwise
