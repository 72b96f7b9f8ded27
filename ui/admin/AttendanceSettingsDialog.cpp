// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceSettingsDialog.h"

#include "AppContext.h"
#include "common/MessageBar.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QString key(AgeGroup group, PhaseKind phase)
{
    return (group == AgeGroup::Adult ? QStringLiteral("adult/") : QStringLiteral("adolescent/"))
        + storageKey(phase);
}

} // namespace

AttendanceSettingsDialog::AttendanceSettingsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_weekStart(new QComboBox(this))
    , m_adultFrom(new QSpinBox(this))
    , m_readiness(new QSpinBox(this))
    , m_types(new QPlainTextEdit(this))
    , m_messageBar(new MessageBar(this))
{
    setWindowTitle(tr("Attendance Settings"));
    auto loaded = SettingsStore(context.database()).load();
    if (loaded)
        m_settings = loaded.value();
    else
        m_messageBar->showMessage(loaded.error().message);
    const AttendanceSettings& a = m_settings.attendance;

    auto* hours = new QGroupBox(tr("Required each week (ASAM level 2.1: at least 9 hours for "
                                   "adults, 6 for adolescents)"),
        this);
    auto* grid = new QGridLayout(hours);
    grid->addWidget(new QLabel(tr("Adults: hours"), hours), 0, 1);
    grid->addWidget(new QLabel(tr("on days"), hours), 0, 2);
    grid->addWidget(new QLabel(tr("Adolescents: hours"), hours), 0, 3);
    grid->addWidget(new QLabel(tr("on days"), hours), 0, 4);
    int row = 1;
    for (PhaseKind phase : allValues<PhaseKind>()) {
        grid->addWidget(new QLabel(label(phase), hours), row, 0);
        int column = 1;
        for (AgeGroup group : { AgeGroup::Adult, AgeGroup::Adolescent }) {
            auto* h = new QDoubleSpinBox(hours);
            h->setRange(0, 60);
            h->setDecimals(1);
            h->setSingleStep(0.5);
            h->setValue(a.requirement(phase, group).hours);
            auto* d = new QSpinBox(hours);
            d->setRange(0, 7);
            d->setValue(a.requirement(phase, group).days);
            m_hours.insert(key(group, phase), h);
            m_days.insert(key(group, phase), d);
            grid->addWidget(h, row, column++);
            grid->addWidget(d, row, column++);
        }
        ++row;
    }

    auto* length = new QGroupBox(tr("Expected length of each phase, in weeks"), this);
    auto* lengthGrid = new QGridLayout(length);
    row = 0;
    for (PhaseKind phase : allValues<PhaseKind>()) {
        auto* min = new QSpinBox(length);
        auto* max = new QSpinBox(length);
        min->setRange(0, 104);
        max->setRange(1, 104);
        min->setValue(a.expectedMinWeeks[size_t(phase)]);
        max->setValue(a.expectedMaxWeeks[size_t(phase)]);
        m_length.insert(phase, { min, max });
        lengthGrid->addWidget(new QLabel(label(phase), length), row, 0);
        lengthGrid->addWidget(min, row, 1);
        lengthGrid->addWidget(new QLabel(tr("to"), length), row, 2);
        lengthGrid->addWidget(max, row, 3);
        ++row;
    }

    for (int d = 1; d <= 7; ++d)
        m_weekStart->addItem(QLocale().dayName(d), d);
    m_weekStart->setCurrentIndex(int(a.weekStartsOn) - 1);
    m_adultFrom->setRange(12, 21);
    m_adultFrom->setValue(a.adultFromAge);
    m_adultFrom->setSuffix(tr(" years"));
    m_readiness->setRange(1, 100);
    m_readiness->setValue(a.readinessAttendancePercent);
    m_readiness->setSuffix(tr(" %"));
    m_types->setPlainText(a.customSessionTypes.join(QLatin1Char('\n')));
    m_types->setPlaceholderText(tr("One per line, e.g. Mindfulness group"));
    m_types->setTabChangesFocus(true);
    m_types->setMaximumHeight(90);

    auto* form = new QFormLayout;
    form->addRow(tr("Weeks start on:"), m_weekStart);
    form->addRow(tr("Adult requirement from age:"), m_adultFrom);
    form->addRow(tr("Readiness: attended share of required hours:"), m_readiness);
    form->addRow(tr("Session types added by the program:"), m_types);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttendanceSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(hours);
    layout->addWidget(length);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QDoubleSpinBox* AttendanceSettingsDialog::hoursBox(AgeGroup group, PhaseKind phase) const
{
    return m_hours.value(key(group, phase));
}

QSpinBox* AttendanceSettingsDialog::daysBox(AgeGroup group, PhaseKind phase) const
{
    return m_days.value(key(group, phase));
}

AttendanceSettings AttendanceSettingsDialog::values() const
{
    AttendanceSettings a = m_settings.attendance;
    for (PhaseKind phase : allValues<PhaseKind>()) {
        for (AgeGroup group : { AgeGroup::Adult, AgeGroup::Adolescent })
            a.setRequirement(
                phase, group, { hoursBox(group, phase)->value(), daysBox(group, phase)->value() });
        a.expectedMinWeeks[size_t(phase)] = m_length.value(phase).first->value();
        a.expectedMaxWeeks[size_t(phase)] = m_length.value(phase).second->value();
    }
    a.weekStartsOn = Qt::DayOfWeek(m_weekStart->currentData().toInt());
    a.adultFromAge = m_adultFrom->value();
    a.readinessAttendancePercent = m_readiness->value();
    a.customSessionTypes.clear();
    for (const QString& line : m_types->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            a.customSessionTypes.append(line.trimmed());
    }
    return a;
}

void AttendanceSettingsDialog::accept()
{
    ProgramSettings next = m_settings;
    next.attendance = values();
    if (Status s = SettingsStore(m_context.database()).save(next); !s) {
        m_messageBar->showMessage(s.error().fullMessage());
        return;
    }
    QDialog::accept();
}

} // namespace stepwise
