// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSettings.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;

namespace stepwise {

class AppContext;
class MessageBar;

// Attendance rules of the program: required hours and days per phase and age group, the day
// weeks start, the age from which the adult requirement applies, the expected length of each
// phase, the readiness attendance share and the program's own session types. Administrators.
class AttendanceSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AttendanceSettingsDialog(AppContext& context, QWidget* parent = nullptr);

    QDoubleSpinBox* hoursBox(AgeGroup group, PhaseKind phase) const;
    QSpinBox* daysBox(AgeGroup group, PhaseKind phase) const;
    QComboBox* weekStart() const { return m_weekStart; }
    MessageBar* messageBar() const { return m_messageBar; }

public slots:
    void accept() override;

private:
    AttendanceSettings values() const;

    AppContext& m_context;
    ProgramSettings m_settings;
    QHash<QString, QDoubleSpinBox*> m_hours; // "adult/intensive"
    QHash<QString, QSpinBox*> m_days;
    QHash<PhaseKind, std::pair<QSpinBox*, QSpinBox*>> m_length;
    QComboBox* m_weekStart;
    QSpinBox* m_adultFrom;
    QSpinBox* m_readiness;
    QPlainTextEdit* m_types;
    MessageBar* m_messageBar;
};

} // namespace stepwise
