// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSettings.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace stepwise {

class AppContext;
class MessageBar;

// The clinical record's program settings (issue 6): how often treatment plans are reviewed,
// when a first plan is due, the format new notes start in, and when an unsigned note is late.
// Administrators.
class RecordsSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecordsSettingsDialog(AppContext& context, QWidget* parent = nullptr);

    QSpinBox* reviewDays() const { return m_reviewDays; }
    QSpinBox* unsignedHours() const { return m_unsignedHours; }
    QComboBox* noteFormat() const { return m_format; }
    MessageBar* messageBar() const { return m_messageBar; }

public slots:
    void accept() override;

private:
    AppContext& m_context;
    ProgramSettings m_settings;
    QSpinBox* m_reviewDays;
    QSpinBox* m_initialDays;
    QComboBox* m_format;
    QSpinBox* m_unsignedHours;
    MessageBar* m_messageBar;
};

} // namespace stepwise
