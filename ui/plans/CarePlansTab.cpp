// SPDX-License-Identifier: GPL-3.0-or-later
#include "CarePlansTab.h"

#include "AftercarePlanDialog.h"
#include "AppContext.h"
#include "PlanPrinting.h"
#include "RelapsePlanDialog.h"
#include "common/Format.h"
#include "domain/ProgramSettings.h"
#include "reports/PlanDocuments.h"
#include "storage/Database.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/SettingsStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    l->setFont(f);
    return l;
}

QLabel* line(QWidget* parent, const QString& objectName)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    return l;
}

QTextBrowser* view(const QString& accessibleName, const QString& objectName, QWidget* parent)
{
    auto* v = new QTextBrowser(parent);
    v->setObjectName(objectName);
    v->setAccessibleName(accessibleName);
    v->setOpenLinks(false);
    return v;
}

template<typename Version> QString savedLine(const Version& v)
{
    return CarePlansTab::tr("Version %1, saved %2 by %3.")
        .arg(v.version)
        .arg(Format::date(v.recordedAt.toLocalTime().date()), v.recordedByName);
}

} // namespace

CarePlansTab::CarePlansTab(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_relapseLine(line(this, QStringLiteral("relapseLine")))
    , m_aftercareLine(line(this, QStringLiteral("aftercareLine")))
    , m_relapseView(view(tr("Relapse prevention plan"), QStringLiteral("relapseView"), this))
    , m_aftercareView(view(tr("Aftercare plan"), QStringLiteral("aftercareView"), this))
    , m_editRelapse(new QPushButton(tr("&Edit Relapse Prevention Plan\u2026"), this))
    , m_printRelapse(new QPushButton(tr("&Print\u2026"), this))
    , m_editAftercare(new QPushButton(tr("Edit &Aftercare Plan\u2026"), this))
    , m_printAftercare(new QPushButton(tr("P&rint\u2026"), this))
{
    setObjectName(QStringLiteral("carePlansTab"));
    m_editRelapse->setObjectName(QStringLiteral("editRelapsePlan"));
    m_printRelapse->setObjectName(QStringLiteral("printRelapsePlan"));
    m_editAftercare->setObjectName(QStringLiteral("editAftercarePlan"));
    m_printAftercare->setObjectName(QStringLiteral("printAftercarePlan"));
    m_printRelapse->setAccessibleName(tr("Print the relapse prevention plan"));
    m_printAftercare->setAccessibleName(tr("Print the aftercare plan"));
    connect(m_editRelapse, &QPushButton::clicked, this, &CarePlansTab::editRelapsePlan);
    connect(m_printRelapse, &QPushButton::clicked, this, &CarePlansTab::printRelapsePlan);
    connect(m_editAftercare, &QPushButton::clicked, this, &CarePlansTab::editAftercarePlan);
    connect(m_printAftercare, &QPushButton::clicked, this, &CarePlansTab::printAftercarePlan);
    connect(&m_context, &AppContext::participantChanged, this, [this](Id id) {
        if (id == m_participantId)
            reload();
    });

    auto column = [this](const QString& title, QLabel* status, QTextBrowser* text,
                      QPushButton* edit, QPushButton* print) {
        auto* w = new QWidget(this);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(edit);
        buttons->addWidget(print);
        buttons->addStretch(1);
        auto* layout = new QVBoxLayout(w);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(heading(title, w));
        layout->addWidget(status);
        layout->addWidget(text, 1);
        layout->addLayout(buttons);
        return w;
    };
    auto* splitter = new QSplitter(this);
    splitter->addWidget(column(tr("Relapse prevention plan"), m_relapseLine, m_relapseView,
        m_editRelapse, m_printRelapse));
    splitter->addWidget(column(
        tr("Aftercare plan"), m_aftercareLine, m_aftercareView, m_editAftercare, m_printAftercare));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(splitter);
    reload();
}

void CarePlansTab::showParticipant(Id participantId)
{
    m_participantId = participantId;
    reload();
}

void CarePlansTab::reload()
{
    m_relapse.reset();
    m_aftercare.reset();
    m_hasEpisode = false;
    m_episodeOpen = false;
    m_relapseView->clear();
    m_aftercareView->clear();
    Database& db = m_context.database();
    QString problem;
    if (m_participantId != 0) {
        auto episodes = EpisodeStore(db).episodes(m_participantId);
        if (!episodes) {
            problem = episodes.error().message;
        } else if (!episodes->isEmpty()) {
            const Episode& e = episodes->last();
            m_hasEpisode = true;
            m_episodeOpen = e.isOpen();
            auto relapse = RelapsePlanStore(db).current(e.id);
            auto aftercare = AftercarePlanStore(db).current(e.id);
            if (relapse)
                m_relapse = *relapse;
            else
                problem = relapse.error().message;
            if (aftercare)
                m_aftercare = *aftercare;
            else
                problem = aftercare.error().message;
        }
    }
    // The text the participant takes home, so staff see exactly what they were given.
    if (m_relapse || m_aftercare) {
        auto participant = ParticipantStore(db).get(m_participantId);
        auto settings = SettingsStore(db).load();
        if (participant && settings) {
            if (m_relapse)
                m_relapseView->setHtml(
                    PlanDocuments::relapsePlan(*participant, *settings, *m_relapse).bodyHtml);
            if (m_aftercare)
                m_aftercareView->setHtml(
                    PlanDocuments::aftercarePlan(*participant, *settings, *m_aftercare).bodyHtml);
        } else {
            problem = participant ? settings.error().message : participant.error().message;
        }
    }
    if (!problem.isEmpty()) {
        m_relapseLine->setText(tr("The plans could not be read: %1").arg(problem));
        m_aftercareLine->setText(m_relapseLine->text());
    } else {
        QString relapse = tr("No relapse prevention plan yet.");
        QString aftercare
            = tr("No aftercare plan yet: it is usually written in the weeks before discharge.");
        if (!m_hasEpisode)
            relapse = aftercare = tr("No episode of care.");
        m_relapseLine->setText(m_relapse ? savedLine(*m_relapse) : relapse);
        m_aftercareLine->setText(m_aftercare ? savedLine(*m_aftercare) : aftercare);
    }
    m_relapseView->setVisible(m_relapse.has_value());
    m_aftercareView->setVisible(m_aftercare.has_value());
    // A discharged participant's relapse plan is kept as it was; the aftercare plan may still
    // be finished after discharge.
    m_editRelapse->setEnabled(m_episodeOpen);
    m_editRelapse->setText(m_relapse || !m_episodeOpen
            ? tr("&Edit Relapse Prevention Plan\u2026")
            : tr("&Write Relapse Prevention Plan\u2026"));
    m_editAftercare->setEnabled(m_hasEpisode);
    m_printRelapse->setEnabled(m_relapse.has_value());
    m_printAftercare->setEnabled(m_aftercare.has_value());
}

QString CarePlansTab::relapseText() const
{
    return m_relapseView->toPlainText();
}

QString CarePlansTab::aftercareText() const
{
    return m_aftercareView->toPlainText();
}

void CarePlansTab::editRelapsePlan()
{
    if (m_participantId == 0)
        return;
    RelapsePlanDialog dialog(m_context, m_participantId, this);
    dialog.exec();
    reload();
}

void CarePlansTab::editAftercarePlan()
{
    if (m_participantId == 0)
        return;
    AftercarePlanDialog dialog(m_context, m_participantId, this);
    dialog.exec();
    reload();
}

void CarePlansTab::printRelapsePlan()
{
    if (m_relapse)
        PlanPrinting::preview(this, PlanPrinting::relapsePlan(this, m_context, *m_relapse));
}

void CarePlansTab::printAftercarePlan()
{
    if (m_aftercare)
        PlanPrinting::preview(this, PlanPrinting::aftercarePlan(this, m_context, *m_aftercare));
}

} // namespace stepwise
