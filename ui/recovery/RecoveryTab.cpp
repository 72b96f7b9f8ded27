// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryTab.h"

#include "AppContext.h"
#include "MedicationDialog.h"
#include "MedicationModel.h"
#include "ScreenDialog.h"
#include "ScreenHistoryDialog.h"
#include "ScreenModel.h"
#include "StopMedicationDialog.h"
#include "UseEventDialog.h"
#include "UseEventModel.h"
#include "WriteAccess.h"
#include "common/Clock.h"
#include "common/Format.h"
#include "common/OpenDialog.h"
#include "common/ReadOnlyTable.h"
#include "storage/Database.h"
#include "storage/MedicationStore.h"
#include "storage/ToxicologyStore.h"
#include "storage/UseEventStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

// A heading, the table and its buttons, as one splitter pane.
QWidget* section(
    const QString& title, ReadOnlyTable* table, const QList<QPushButton*>& buttons, QWidget* parent)
{
    auto* w = new QWidget(parent);
    auto* row = new QHBoxLayout;
    row->addWidget(heading(title, w));
    row->addStretch(1);
    for (QPushButton* b : buttons)
        row->addWidget(b);
    auto* layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(row);
    layout->addWidget(table, 1);
    return w;
}

} // namespace

RecoveryTab::RecoveryTab(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_signalsLine(new QLabel(this))
    , m_flagsLine(new QLabel(this))
    , m_screens(new ScreenModel(this))
    , m_medications(new MedicationModel(this))
    , m_useEvents(new UseEventModel(this))
    , m_screensView(new ReadOnlyTable(tr("Drug screens"), this))
    , m_medicationsView(new ReadOnlyTable(tr("Medications"), this))
    , m_useView(new ReadOnlyTable(tr("Recorded use"), this))
    , m_recordScreen(button(tr("Record &Screen\u2026"), QStringLiteral("recordScreen"), this))
    , m_correctScreen(button(tr("C&orrect Screen\u2026"), QStringLiteral("correctScreen"), this))
    , m_addMedication(button(tr("Add &Medication\u2026"), QStringLiteral("addMedication"), this))
    , m_stopMedication(button(tr("S&top\u2026"), QStringLiteral("stopMedication"), this))
    , m_recordUse(button(tr("Record &Use\u2026"), QStringLiteral("recordUse"), this))
    , m_correctUse(button(tr("Co&rrect\u2026"), QStringLiteral("correctUse"), this))
{
    setObjectName(QStringLiteral("recoveryTab"));
    m_signalsLine->setObjectName(QStringLiteral("signalsLine"));
    m_signalsLine->setTextFormat(Qt::PlainText);
    m_signalsLine->setWordWrap(true);
    m_flagsLine->setObjectName(QStringLiteral("flagsLine"));
    m_flagsLine->setTextFormat(Qt::PlainText);
    m_flagsLine->setWordWrap(true);
    QPalette p = m_flagsLine->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_flagsLine->setPalette(p);
    QFont bold = m_flagsLine->font();
    bold.setBold(true);
    m_flagsLine->setFont(bold);
    m_stopMedication->setAccessibleName(tr("Stop the selected medication"));
    m_correctUse->setAccessibleName(tr("Correct the selected use event"));

    m_screensView->setObjectName(QStringLiteral("screens"));
    m_screensView->setModel(m_screens);
    m_screensView->wrapLongText();
    m_medicationsView->setObjectName(QStringLiteral("medications"));
    m_medicationsView->setModel(m_medications);
    m_useView->setObjectName(QStringLiteral("useEvents"));
    m_useView->setModel(m_useEvents);
    m_useView->wrapLongText();
    for (ReadOnlyTable* t : { m_screensView, m_medicationsView, m_useView }) {
        t->horizontalHeader()->setStretchLastSection(true);
        connect(t->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecoveryTab::updateButtons);
    }
    // The text columns share what the short ones leave, and rows grow to show all of it.
    m_screensView->horizontalHeader()->setSectionResizeMode(
        ScreenModel::Results, QHeaderView::Stretch);
    m_screensView->horizontalHeader()->setSectionResizeMode(
        ScreenModel::Findings, QHeaderView::Stretch);
    // Stretched columns change width without sectionResized: fit the rows when the view does.
    m_screensView->viewport()->installEventFilter(this);
    m_useView->viewport()->installEventFilter(this);
    m_medicationsView->horizontalHeader()->setStretchLastSection(false);
    m_medicationsView->horizontalHeader()->setSectionResizeMode(
        MedicationModel::Name, QHeaderView::Stretch);

    connect(m_recordScreen, &QPushButton::clicked, this, &RecoveryTab::recordScreen);
    connect(m_correctScreen, &QPushButton::clicked, this, &RecoveryTab::correctScreen);
    connect(m_screensView, &QAbstractItemView::activated, this, &RecoveryTab::showScreen);
    connect(m_addMedication, &QPushButton::clicked, this, &RecoveryTab::addMedication);
    connect(m_stopMedication, &QPushButton::clicked, this, &RecoveryTab::stopMedication);
    connect(m_recordUse, &QPushButton::clicked, this, &RecoveryTab::recordUse);
    connect(m_correctUse, &QPushButton::clicked, this, &RecoveryTab::correctUse);
    connect(&m_context, &AppContext::participantChanged, this, [this](Id id) {
        if (id == m_participantId)
            reload();
    });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(section(tr("Drug screens (double-click for the screen and its versions)"),
        m_screensView, { m_recordScreen, m_correctScreen }, splitter));
    splitter->addWidget(section(
        tr("Medications"), m_medicationsView, { m_addMedication, m_stopMedication }, splitter));
    splitter->addWidget(
        section(tr("Recorded use"), m_useView, { m_recordUse, m_correctUse }, splitter));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_signalsLine);
    layout->addWidget(m_flagsLine);
    layout->addWidget(splitter, 1);
    reload();
}

void RecoveryTab::showParticipant(Id participantId)
{
    m_participantId = participantId;
    reload();
}

void RecoveryTab::reload()
{
    const Id screen = m_screens->rowAt(m_screensView->currentIndex())
        ? m_screens->rowAt(m_screensView->currentIndex())->id
        : 0;
    m_signals = {};
    QList<ToxScreen> screens;
    QList<Medication> meds;
    QList<UseEvent> events;
    QStringList problems;
    if (m_participantId != 0) {
        Database& db = m_context.database();
        if (auto r = ToxicologyStore(db).screens(m_participantId))
            screens = *r;
        else
            problems.append(r.error().message);
        if (auto r = MedicationStore(db).medications(m_participantId))
            meds = *r;
        else
            problems.append(r.error().message);
        if (auto r = UseEventStore(db).events(m_participantId))
            events = *r;
        else
            problems.append(r.error().message);
        m_signals = RecoverySignalsRules::compute(screens, events, meds, Clock::instance().today());
        m_writable = WriteAccess::refusal(db, m_participantId).isEmpty();
    } else {
        m_writable = false;
    }
    m_screens->setScreens(screens, meds);
    m_medications->setRows(meds);
    m_useEvents->setRows(events);
    for (int row = 0; row < m_screens->rowCount(); ++row) {
        if (m_screens->rows().at(row).id == screen)
            m_screensView->setCurrentIndex(m_screens->index(row, 0));
    }

    problems.removeDuplicates();
    if (m_participantId == 0) {
        m_signalsLine->clear();
    } else if (!problems.isEmpty()) {
        m_signalsLine->setText(
            tr("The record could not be read: %1").arg(problems.join(QLatin1Char(' '))));
    } else {
        QStringList parts;
        parts.append(m_signals.daysAbstinent
                ? tr("Days abstinent, as the record shows: %1").arg(*m_signals.daysAbstinent)
                : tr("No use or unexpected positive recorded"));
        if (m_signals.lastUnexpectedPositive.isValid())
            parts.append(tr("last unexpected positive %1")
                             .arg(Format::date(m_signals.lastUnexpectedPositive)));
        if (m_signals.lastUse.isValid())
            parts.append(tr("last recorded use %1").arg(Format::date(m_signals.lastUse)));
        parts.append(tr("%1: %2").arg(
            RecoverySignalsRules::label(m_signals.verdict), m_signals.verdictText()));
        m_signalsLine->setText(parts.join(QStringLiteral(" \u00b7 ")));
    }
    m_flagsLine->setText(m_signals.flags().join(QLatin1Char('\n')));
    m_flagsLine->setHidden(m_signals.flags().isEmpty());
    m_screensView->resizeColumnsToContents();
    m_medicationsView->resizeColumnsToContents();
    m_useView->resizeColumnsToContents();
    m_screensView->resizeRowsToContents();
    updateButtons();
}

QString RecoveryTab::signalsText() const
{
    return m_signalsLine->text();
}

QString RecoveryTab::flagsText() const
{
    return m_flagsLine->isHidden() ? QString() : m_flagsLine->text();
}

bool RecoveryTab::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        for (ReadOnlyTable* t : { m_screensView, m_useView }) {
            if (watched == t->viewport())
                QMetaObject::invokeMethod(
                    t, [t] { t->resizeRowsToContents(); }, Qt::QueuedConnection);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecoveryTab::updateButtons()
{
    const bool open = m_participantId != 0 && m_writable;
    m_recordScreen->setEnabled(open);
    m_addMedication->setEnabled(open);
    m_recordUse->setEnabled(open);
    m_correctScreen->setEnabled(open && m_screens->rowAt(m_screensView->currentIndex()));
    const Medication* m = m_medications->rowAt(m_medicationsView->currentIndex());
    m_stopMedication->setEnabled(open && m);
    m_stopMedication->setText(
        m && !m->isCurrent() ? tr("Change S&top Date\u2026") : tr("S&top\u2026"));
    m_correctUse->setEnabled(open && m_useEvents->rowAt(m_useView->currentIndex()));
}

template<typename D> D* RecoveryTab::adopt(D* dialog)
{
    return openDialog(dialog, this, [this] { reload(); });
}

ScreenDialog* RecoveryTab::recordScreen()
{
    if (m_participantId == 0)
        return nullptr;
    return adopt(new ScreenDialog(m_context, m_participantId, this));
}

ScreenDialog* RecoveryTab::correctScreen()
{
    const ToxScreen* s = m_screens->rowAt(m_screensView->currentIndex());
    if (!s)
        return nullptr;
    return adopt(new ScreenDialog(m_context, *s, this));
}

ScreenHistoryDialog* RecoveryTab::showScreen()
{
    const ToxScreen* s = m_screens->rowAt(m_screensView->currentIndex());
    if (!s)
        return nullptr;
    return adopt(new ScreenHistoryDialog(m_context, s->id, this));
}

MedicationDialog* RecoveryTab::addMedication()
{
    if (m_participantId == 0)
        return nullptr;
    return adopt(new MedicationDialog(m_context, m_participantId, this));
}

StopMedicationDialog* RecoveryTab::stopMedication()
{
    const Medication* m = m_medications->rowAt(m_medicationsView->currentIndex());
    if (!m)
        return nullptr;
    return adopt(new StopMedicationDialog(m_context, *m, this));
}

UseEventDialog* RecoveryTab::recordUse()
{
    if (m_participantId == 0)
        return nullptr;
    return adopt(new UseEventDialog(m_context, m_participantId, this));
}

UseEventDialog* RecoveryTab::correctUse()
{
    const UseEvent* e = m_useEvents->rowAt(m_useView->currentIndex());
    if (!e)
        return nullptr;
    return adopt(new UseEventDialog(m_context, *e, this));
}

} // namespace stepwise
