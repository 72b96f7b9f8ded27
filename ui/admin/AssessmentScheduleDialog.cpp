// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentScheduleDialog.h"

#include "AppContext.h"
#include "common/MessageBar.h"
#include "instruments/Instrument.h"
#include "storage/SettingsStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QString boxKey(const QString& instrument, PhaseKind phase)
{
    return instrument + QLatin1Char('/') + storageKey(phase);
}

} // namespace

AssessmentScheduleDialog::AssessmentScheduleDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_asam(
          new QCheckBox(tr("ASAM dimensions are due at &admission and at each phase change"), this))
    , m_window(new QSpinBox(this))
    , m_messageBar(new MessageBar(this))
{
    setWindowTitle(tr("Assessment Schedule"));
    auto loaded = SettingsStore(context.database()).load();
    if (loaded)
        m_settings = loaded.value();
    else
        m_messageBar->showMessage(loaded.error().message);

    auto* intro = new QLabel(tr("Days between administrations in each phase; 0 means the "
                                "instrument is given only when a clinician chooses."),
        this);
    intro->setWordWrap(true);

    auto* grid = new QGridLayout;
    int column = 1;
    for (PhaseKind phase : allValues<PhaseKind>())
        grid->addWidget(new QLabel(label(phase), this), 0, column++, Qt::AlignCenter);
    int row = 1;
    for (const InstrumentDefinition& d : Instruments::all()) {
        grid->addWidget(new QLabel(d.name, this), row, 0);
        column = 1;
        for (PhaseKind phase : allValues<PhaseKind>()) {
            auto* box = new QSpinBox(this);
            box->setObjectName(
                QStringLiteral("interval_") + d.id + QLatin1Char('_') + storageKey(phase));
            box->setRange(0, 365);
            box->setSpecialValueText(tr("not scheduled"));
            box->setSuffix(tr(" days"));
            box->setValue(m_settings.assessments.interval(d.id, phase));
            box->setAccessibleName(tr("%1, %2 phase").arg(d.name, label(phase)));
            grid->addWidget(box, row, column++);
            m_boxes.insert(boxKey(d.id, phase), box);
        }
        ++row;
    }

    m_asam->setChecked(m_settings.assessments.asamAtPhaseChange);
    m_window->setRange(0, 60);
    m_window->setSuffix(tr(" days"));
    m_window->setValue(m_settings.assessments.windowDays);
    auto* form = new QFormLayout;
    form->addRow(m_asam);
    form->addRow(tr("&Window around admission and phase changes:"), m_window);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssessmentScheduleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssessmentScheduleDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QSpinBox* AssessmentScheduleDialog::intervalBox(const QString& instrument, PhaseKind phase) const
{
    return m_boxes.value(boxKey(instrument, phase));
}

AssessmentScheduleSettings AssessmentScheduleDialog::values() const
{
    AssessmentScheduleSettings s = m_settings.assessments;
    for (const InstrumentDefinition& d : Instruments::all()) {
        for (PhaseKind phase : allValues<PhaseKind>())
            s.setInterval(d.id, phase, m_boxes.value(boxKey(d.id, phase))->value());
    }
    s.asamAtPhaseChange = m_asam->isChecked();
    s.windowDays = m_window->value();
    return s;
}

void AssessmentScheduleDialog::accept()
{
    m_messageBar->clear();
    ProgramSettings next = m_settings;
    next.assessments = values();
    if (Status s = SettingsStore(m_context.database()).save(next); !s) {
        m_messageBar->showMessage(s.error().fullMessage());
        return;
    }
    QDialog::accept();
}

} // namespace stepwise
