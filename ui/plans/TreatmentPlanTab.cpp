// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreatmentPlanTab.h"

#include "AppContext.h"
#include "ParticipantAgreementDialog.h"
#include "PlanPrinting.h"
#include "PlanReviewDialog.h"
#include "PlanTree.h"
#include "PlanVersionDialog.h"
#include "TreatmentPlanEditor.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "storage/Database.h"
#include "storage/EpisodeStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace stepwise {

namespace {

constexpr int IdRole = Qt::UserRole;

QLabel* textLabel(QWidget* parent, const QString& objectName)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QString dateOf(const QDateTime& utc)
{
    return Format::date(utc.toLocalTime().date());
}

QString versionLine(const PlanVersion& v, bool current)
{
    if (v.isDraft())
        return TreatmentPlanTab::tr("Version %1 \u00B7 draft, last saved %2")
            .arg(v.version)
            .arg(dateOf(v.updatedAt));
    QString text = TreatmentPlanTab::tr("Version %1 \u00B7 finalized %2 by %3")
                       .arg(v.version)
                       .arg(dateOf(v.finalizedAt), v.finalizedByName);
    text += v.participantAgreedOn.isValid()
        ? TreatmentPlanTab::tr(" \u00B7 agreed %1").arg(Format::date(v.participantAgreedOn))
        : TreatmentPlanTab::tr(" \u00B7 not agreed");
    if (current)
        text += TreatmentPlanTab::tr(" (current)");
    return text;
}

QString reviewLine(const PlanReview& r)
{
    QString text = TreatmentPlanTab::tr("%1 \u00B7 %2 of version %3 by %4")
                       .arg(Format::date(r.reviewedOn), label(r.occasion))
                       .arg(r.planVersion)
                       .arg(r.recordedByName);
    if (r.resultVersion > 0)
        text += TreatmentPlanTab::tr(" \u2192 version %1").arg(r.resultVersion);
    return text;
}

QString reviewDetails(const PlanReview& r, const PlanVersion* reviewed)
{
    QStringList lines;
    lines.append(TreatmentPlanTab::tr("Summary: %1").arg(r.summary));
    lines.append(
        TreatmentPlanTab::tr("Took part: %1%2")
            .arg(r.tookPart,
                r.participantPresent ? QString()
                                     : TreatmentPlanTab::tr(" (participant not present)")));
    for (const ObjectiveProgress& p : r.progress) {
        const PlanObjective* o = reviewed ? reviewed->plan.objective(p.objectiveKey) : nullptr;
        const QString name = o ? o->text.simplified() : p.objectiveKey;
        lines.append(p.note.isEmpty()
                ? TreatmentPlanTab::tr("%1: %2").arg(name, label(p.status))
                : TreatmentPlanTab::tr("%1: %2 \u2014 %3").arg(name, label(p.status), p.note));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TreatmentPlanTab::TreatmentPlanTab(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_messageBar(new MessageBar(this))
    , m_status(textLabel(this, QStringLiteral("planStatus")))
    , m_draftLine(textLabel(this, QStringLiteral("planDraft")))
    , m_dueLine(textLabel(this, QStringLiteral("planDue")))
    , m_tree(new PlanTree(this))
    , m_versions(new QListWidget(this))
    , m_reviews(new QListWidget(this))
    , m_edit(new QPushButton(tr("&Edit Plan\u2026"), this))
    , m_review(new QPushButton(tr("Record &Review\u2026"), this))
    , m_agreement(new QPushButton(tr("Participant &Agreement\u2026"), this))
    , m_print(new QPushButton(tr("&Print\u2026"), this))
{
    setObjectName(QStringLiteral("treatmentPlanTab"));
    m_messageBar->hide();
    m_tree->setObjectName(QStringLiteral("currentPlan"));
    m_versions->setObjectName(QStringLiteral("planVersions"));
    m_versions->setAccessibleName(tr("Versions"));
    m_versions->setWordWrap(true);
    m_versions->setToolTip(tr("Double-click a version to see it as it was"));
    m_reviews->setObjectName(QStringLiteral("planReviews"));
    m_reviews->setAccessibleName(tr("Reviews"));
    m_reviews->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("editPlan"));
    m_review->setObjectName(QStringLiteral("recordReview"));
    m_agreement->setObjectName(QStringLiteral("participantAgreement"));
    m_print->setObjectName(QStringLiteral("printPlan"));
    connect(m_edit, &QPushButton::clicked, this, &TreatmentPlanTab::editPlan);
    connect(m_review, &QPushButton::clicked, this, &TreatmentPlanTab::recordReview);
    connect(m_agreement, &QPushButton::clicked, this, &TreatmentPlanTab::recordAgreement);
    connect(m_print, &QPushButton::clicked, this, &TreatmentPlanTab::print);
    auto openVersion = [this](QListWidgetItem* item) {
        if (item)
            showVersion(item->data(IdRole).value<Id>());
    };
    connect(m_versions, &QListWidget::itemActivated, this, openVersion);
    connect(&m_context, &AppContext::participantChanged, this, [this](Id id) {
        if (id == m_participantId)
            reload();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_review);
    buttons->addWidget(m_agreement);
    buttons->addWidget(m_print);
    buttons->addStretch(1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(heading(tr("Current plan"), left));
    leftLayout->addWidget(m_tree, 1);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(heading(tr("Versions"), right));
    rightLayout->addWidget(m_versions, 1);
    rightLayout->addWidget(heading(tr("Reviews"), right));
    rightLayout->addWidget(m_reviews, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_status);
    layout->addWidget(m_draftLine);
    layout->addWidget(m_dueLine);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    updateButtons();
}

void TreatmentPlanTab::showParticipant(Id participantId)
{
    m_participantId = participantId;
    reload();
}

void TreatmentPlanTab::clearView(const QString& message)
{
    m_all.clear();
    m_current.reset();
    m_draft.reset();
    m_due.reset();
    m_status->setText(message);
    m_draftLine->hide();
    m_dueLine->hide();
    m_tree->setPlan({});
    m_versions->clear();
    m_reviews->clear();
    updateButtons();
}

void TreatmentPlanTab::reload()
{
    m_messageBar->clear();
    m_messageBar->hide();
    if (m_participantId == 0) {
        clearView({});
        return;
    }
    Database& db = m_context.database();
    auto episodes = EpisodeStore(db).episodes(m_participantId);
    if (!episodes) {
        clearView(tr("The treatment plan could not be read: %1").arg(episodes.error().message));
        return;
    }
    if (episodes->isEmpty()) {
        m_episodeId = 0;
        clearView(tr("No episode of care: a treatment plan starts with an admission."));
        return;
    }
    const Episode& episode = episodes->last();
    m_episodeId = episode.id;
    m_episodeOpen = episode.isOpen();
    TreatmentPlanStore store(db);
    auto versions = store.versions(m_episodeId);
    if (!versions) {
        clearView(tr("The treatment plan could not be read: %1").arg(versions.error().message));
        return;
    }
    m_all = *versions;
    m_current.reset();
    m_draft.reset();
    for (const PlanVersion& v : m_all) {
        if (v.isDraft())
            m_draft = v;
        else if (!m_current)
            m_current = v; // newest finalized first
    }
    m_due.reset();
    if (auto due = store.due(m_participantId))
        m_due = *due;

    if (m_current) {
        const PlanVersion& c = *m_current;
        QString text = tr("Version %1, finalized on %2 by %3.")
                           .arg(c.version)
                           .arg(dateOf(c.finalizedAt), c.finalizedByName);
        text += QLatin1Char(' ')
            + (c.participantAgreedOn.isValid()
                    ? tr("The participant agreed on %1 (%2).")
                          .arg(Format::date(c.participantAgreedOn), c.participantAgreement)
                    : tr("The participant's agreement is not yet recorded."));
        m_status->setText(text);
    } else {
        m_status->setText(m_episodeOpen ? tr("No treatment plan has been finalized for this "
                                             "episode yet.")
                                        : tr("No treatment plan was finalized in this episode."));
    }
    if (m_draft) {
        m_draftLine->setText(tr("A draft of version %1 is in progress, last saved %2.")
                                 .arg(m_draft->version)
                                 .arg(dateOf(m_draft->updatedAt)));
        m_draftLine->show();
    } else {
        m_draftLine->hide();
    }

    if (!m_episodeOpen) {
        m_dueLine->setText(tr("Discharged on %1: the plan is kept as it was.")
                               .arg(Format::date(episode.dischargeDate)));
        m_dueLine->setStyleSheet({});
    } else if (m_due) {
        const PlanDue& d = *m_due;
        QString what;
        switch (d.kind) {
        case PlanDueKind::FirstPlan:
            what = tr("First treatment plan");
            break;
        case PlanDueKind::Review:
            what = tr("Next review");
            break;
        case PlanDueKind::PhaseChange:
            what = tr("Review for the %1 phase").arg(d.phase ? label(*d.phase) : QString());
            break;
        }
        m_dueLine->setText(d.overdue()
                ? tr("%1 OVERDUE by %2 (was due %3).")
                      .arg(what, Format::days(d.daysOverdue), Format::date(d.dueDate))
                : tr("%1 due %2.").arg(what, Format::date(d.dueDate)));
        m_dueLine->setStyleSheet(
            d.overdue() ? QStringLiteral("color: #a81e1e; font-weight: bold;") : QString());
    } else {
        m_dueLine->clear();
    }
    m_dueLine->setVisible(!m_dueLine->text().isEmpty());

    m_tree->setEmptyText(m_draft ? tr("Nothing finalized yet: the draft is in progress.")
                                 : tr("No plan yet. Edit Plan\u2026 starts one."));
    m_tree->setPlan(m_current ? m_current->plan : TreatmentPlan {});

    m_versions->clear();
    for (const PlanVersion& v : m_all) {
        auto* item
            = new QListWidgetItem(versionLine(v, m_current && v.id == m_current->id), m_versions);
        item->setData(IdRole, QVariant::fromValue<Id>(v.id));
        if (!v.changeNote.trimmed().isEmpty())
            item->setToolTip(v.changeNote.trimmed());
    }
    m_reviews->clear();
    if (auto reviews = store.reviews(m_episodeId)) {
        for (const PlanReview& r : *reviews) {
            const PlanVersion* reviewed = nullptr;
            for (const PlanVersion& v : m_all) {
                if (v.id == r.planId)
                    reviewed = &v;
            }
            auto* item = new QListWidgetItem(reviewLine(r), m_reviews);
            item->setToolTip(reviewDetails(r, reviewed));
        }
        if (reviews->isEmpty()) {
            auto* none = new QListWidgetItem(tr("No reviews yet."), m_reviews);
            none->setFlags(Qt::ItemIsEnabled);
        }
    } else {
        m_messageBar->showMessage(
            tr("The reviews could not be read: %1").arg(reviews.error().message));
        m_messageBar->show();
    }
    updateButtons();
}

void TreatmentPlanTab::updateButtons()
{
    const bool open = m_participantId != 0 && m_episodeId != 0 && m_episodeOpen;
    m_edit->setEnabled(open);
    m_edit->setToolTip(m_draft ? tr("Continue the draft of version %1").arg(m_draft->version)
            : m_current ? tr("Start version %1 from the current plan").arg(m_current->version + 1)
                        : tr("Write the first treatment plan"));
    m_review->setEnabled(open && m_current);
    m_agreement->setEnabled(open && m_current && !m_current->participantAgreedOn.isValid());
    m_print->setEnabled(m_current || m_draft);
}

QString TreatmentPlanTab::statusText() const
{
    return m_status->text();
}

QString TreatmentPlanTab::dueText() const
{
    return m_dueLine->isVisibleTo(this) ? m_dueLine->text() : QString();
}

void TreatmentPlanTab::editPlan()
{
    if (m_participantId == 0)
        return;
    TreatmentPlanEditor editor(m_context, m_participantId, this);
    editor.exec();
    reload();
}

void TreatmentPlanTab::recordReview()
{
    if (!m_current)
        return;
    PlanReviewDialog dialog(m_context, *m_current, m_due, this);
    dialog.exec();
    reload();
}

void TreatmentPlanTab::recordAgreement()
{
    if (!m_current)
        return;
    ParticipantAgreementDialog dialog(m_context, *m_current, this);
    dialog.exec();
    reload();
}

void TreatmentPlanTab::print()
{
    const std::optional<PlanVersion>& version = m_current ? m_current : m_draft;
    if (version)
        PlanPrinting::preview(this, PlanPrinting::treatmentPlan(this, m_context, *version));
}

void TreatmentPlanTab::showVersion(Id planId)
{
    for (const PlanVersion& v : m_all) {
        if (v.id == planId) {
            PlanVersionDialog dialog(m_context, v, this);
            dialog.exec();
            return;
        }
    }
}

} // namespace stepwise
