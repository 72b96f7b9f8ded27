// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantPage.h"

#include "AppContext.h"
#include "DiagnosisModel.h"
#include "ParticipantDialog.h"
#include "PhaseHistoryView.h"
#include "PhaseModel.h"
#include "PhasePlanDialog.h"
#include "PhaseTimeline.h"
#include "PhaseTransitionDialog.h"
#include "assessment/AssessmentsTab.h"
#include "assessment/FollowUpDialog.h"
#include "assessment/SafetyAlertBanner.h"
#include "auth/Access.h"
#include "auth/EmergencyAccess.h"
#include "common/Clock.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "common/PlainLabel.h"
#include "common/ReadOnlyTable.h"
#include "consent/ConsentsTab.h"
#include "discharge/EpisodeActions.h"
#include "domain/PhaseRules.h"
#include "notes/NotesTab.h"
#include "plans/CarePlansTab.h"
#include "plans/TreatmentPlanTab.h"
#include "progress/AttendanceTab.h"
#include "recovery/RecoveryTab.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/SafetyAlertStore.h"
#include "storage/StaffStore.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace stepwise {

namespace {

const QString Dash = QStringLiteral("\u2014");

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? Dash : text;
}

} // namespace

ParticipantPage::ParticipantPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_messageBar(new MessageBar(this))
{
    createActions();

    auto* body = new QWidget(this);
    auto* columns = new QHBoxLayout(body);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(createDetails(), 1);
    columns->addWidget(createCare(), 2);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_safetyBanner = new SafetyAlertBanner(this);
    connect(m_safetyBanner, &SafetyAlertBanner::followUpRequested, this,
        [this](const SafetyAlert& alert) {
            auto* dialog = new FollowUpDialog(m_context, alert, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    m_assessments = new AssessmentsTab(m_context, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("participantTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("O&verview"));
    m_tabs->addTab(m_assessments, tr("&Assessments"));
    m_attendance = new AttendanceTab(m_context, this);
    m_tabs->addTab(m_attendance, tr("Attendance && &Readiness"));
    m_plan = new TreatmentPlanTab(m_context, this);
    m_tabs->addTab(m_plan, tr("&Treatment Plan"));
    m_notes = new NotesTab(m_context, this);
    m_tabs->addTab(m_notes, tr("&Notes"));
    m_carePlans = new CarePlansTab(m_context, this);
    m_tabs->addTab(m_carePlans, tr("Relapse Prevention && Aftercar&e"));
    m_recovery = new RecoveryTab(m_context, this);
    m_tabs->addTab(m_recovery, tr("&Medications && Toxicology"));
    m_consents = new ConsentsTab(m_context, this);
    m_tabs->addTab(m_consents, tr("Consents && &Disclosures"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(m_messageBar);
    layout->addWidget(createHeader());
    layout->addWidget(m_safetyBanner);
    layout->addWidget(m_tabs, 1);

    connect(
        &m_context, &AppContext::participantChanged, this, &ParticipantPage::onParticipantChanged);
}

ParticipantPage::~ParticipantPage() = default;

void ParticipantPage::createActions()
{
    // Active while focus is on this page, so Esc here does not fight Esc in other pages.
    m_backAction = new QAction(
        QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back to Caseload"), this);
    m_backAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_backAction, &QAction::triggered, this, &ParticipantPage::backRequested);

    m_editAction = new QAction(
        QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Participant\u2026"), this);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editAction, &QAction::triggered, this, &ParticipantPage::editParticipant);

    m_changePhaseAction
        = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Change &Phase\u2026"), this);
    m_changePhaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_changePhaseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_changePhaseAction, &QAction::triggered, this, &ParticipantPage::changePhase);

    m_editPlanAction = new QAction(tr("Weekly &Plan\u2026"), this);
    m_editPlanAction->setObjectName(QStringLiteral("editPlanAction"));
    connect(m_editPlanAction, &QAction::triggered, this, &ParticipantPage::editPlan);

    addActions({ m_backAction, m_editAction, m_editPlanAction, m_changePhaseAction });
    m_episodeActions = new EpisodeActions(m_context, this);
}

QWidget* ParticipantPage::createHeader()
{
    auto* header = new QWidget(this);
    m_name = new PlainLabel(header);
    m_name->setObjectName(QStringLiteral("participantName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);

    m_summary = new PlainLabel(header);
    m_summary->setObjectName(QStringLiteral("participantSummary"));
    m_careStatus = new PlainLabel(header);
    m_careStatus->setObjectName(QStringLiteral("careStatus"));
    QFont bold = m_careStatus->font();
    bold.setBold(true);
    m_careStatus->setFont(bold);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_name);
    text->addWidget(m_summary);
    text->addWidget(m_careStatus);

    auto* buttons = new QHBoxLayout;
    for (QAction* action : { m_backAction, m_editAction, m_editPlanAction, m_changePhaseAction }) {
        auto* button = new QToolButton(header);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::StrongFocus);
        buttons->addWidget(button);
    }

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addLayout(text, 1);
    layout->addLayout(buttons);
    layout->setAlignment(buttons, Qt::AlignTop);
    return header;
}

PlainLabel* ParticipantPage::addValue(QFormLayout* form, const QString& label, const QString& key)
{
    auto* value = new PlainLabel(this);
    value->setObjectName(key);
    value->setWordWrap(true);
    // One label width for every group, so the values line up down the page.
    auto* caption = new QLabel(label, this);
    caption->setMinimumWidth(fontMetrics().averageCharWidth() * 19);
    form->addRow(caption, value);
    m_values.insert(key, value);
    return value;
}

QWidget* ParticipantPage::createDetails()
{
    auto* column = new QWidget(this);
    auto* demographics = new QGroupBox(tr("Demographics"), column);
    auto* form = new QFormLayout(demographics);
    addValue(form, tr("Legal name:"), QStringLiteral("legal_name"));
    addValue(form, tr("Preferred name:"), QStringLiteral("preferred_name"));
    addValue(form, tr("Date of birth:"), QStringLiteral("date_of_birth"));
    addValue(form, tr("Sex at birth:"), QStringLiteral("sex_at_birth"));
    addValue(form, tr("Gender identity:"), QStringLiteral("gender_identity"));
    addValue(form, tr("Pronouns:"), QStringLiteral("pronouns"));
    addValue(form, tr("Primary focus:"), QStringLiteral("primary_focus"));
    addValue(form, tr("Referral source:"), QStringLiteral("referral_source"));

    auto* contact = new QGroupBox(tr("Contact"), column);
    auto* contactForm = new QFormLayout(contact);
    addValue(contactForm, tr("Phone:"), QStringLiteral("phone"));
    addValue(contactForm, tr("Email:"), QStringLiteral("email"));
    addValue(contactForm, tr("Address:"), QStringLiteral("address"));
    addValue(contactForm, tr("Emergency contact:"), QStringLiteral("emergency_contact"));
    addValue(contactForm, tr("Emergency phone:"), QStringLiteral("emergency_contact_phone"));

    auto* diagnoses = new QGroupBox(tr("Diagnoses"), column);
    m_diagnosisModel = new DiagnosisModel(this);
    m_diagnosisView = new ReadOnlyTable(tr("Diagnoses"), diagnoses);
    m_diagnosisView->setObjectName(QStringLiteral("diagnosisView"));
    m_diagnosisView->setModel(m_diagnosisModel);
    m_diagnosisView->wrapLongText();
    m_diagnosisView->horizontalHeader()->resizeSection(
        DiagnosisModel::Code, fontMetrics().horizontalAdvance(QStringLiteral("ICD-10-CM")) + 28);
    m_diagnosisView->horizontalHeader()->setSectionResizeMode(
        DiagnosisModel::Description, QHeaderView::Stretch);
    m_diagnosisView->horizontalHeader()->setStretchLastSection(false);
    m_diagnosisView->horizontalHeader()->resizeSection(DiagnosisModel::Severity,
        fontMetrics().horizontalAdvance(QStringLiteral("Unspecified")) + 24);
    m_diagnosisView->setMinimumHeight(fontMetrics().height() * 7);
    m_diagnosisView->setMaximumHeight(fontMetrics().height() * 16);
    auto* diagnosisLayout = new QVBoxLayout(diagnoses);
    diagnosisLayout->addWidget(m_diagnosisView);

    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(demographics);
    layout->addWidget(contact);
    layout->addWidget(diagnoses);
    layout->addStretch(1);
    return column;
}

QWidget* ParticipantPage::createCare()
{
    auto* group = new QGroupBox(tr("Episode of care"), this);
    auto* form = new QFormLayout;
    addValue(form, tr("Admitted:"), QStringLiteral("admission_date"));
    addValue(form, tr("Days in program:"), QStringLiteral("days_in_program"));
    addValue(form, tr("Current phase:"), QStringLiteral("current_phase"));
    addValue(form, tr("Days in phase:"), QStringLiteral("days_in_phase"));
    addValue(form, tr("Weekly plan:"), QStringLiteral("plan"));
    addValue(form, tr("Episodes:"), QStringLiteral("episodes"));

    m_timeline = new PhaseTimeline(group);
    m_phaseModel = new PhaseModel(this);
    m_phaseView = new PhaseHistoryView(m_phaseModel, group);

    auto* history = new QLabel(tr("Phase history"), group);
    QFont bold = history->font();
    bold.setBold(true);
    history->setFont(bold);

    auto* layout = new QVBoxLayout(group);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_timeline);
    layout->addSpacing(6);
    layout->addWidget(history);
    layout->addWidget(m_phaseView, 1);
    return group;
}

bool ParticipantPage::showParticipant(Id participantId)
{
    m_messageBar->clear();
    // Opening a chart is a "chart.view" audit row; reloading the one on screen after an edit
    // is not another view.
    const bool opening = !m_participant || m_participant->id != participantId;
    ParticipantStore store(m_context.database());
    auto participant = opening ? store.openChart(participantId) : store.get(participantId);
    if (!participant) {
        m_messageBar->showMessage(
            tr("This participant could not be loaded: %1").arg(participant.error().message));
        return false;
    }
    auto episodes = EpisodeStore(m_context.database()).episodes(participantId);
    if (!episodes) {
        m_messageBar->showMessage(
            tr("The episodes of care could not be loaded: %1").arg(episodes.error().message));
        return false;
    }
    QString counselorName;
    if (participant->counselorId != 0) {
        auto counselor = StaffStore(m_context.database()).get(participant->counselorId);
        counselorName = counselor ? counselor->name : tr("unknown");
    }
    fill(participant.value(), counselorName, episodes.value());
    showEmergencyBanner(participantId);
    showSafetyAlerts(participantId);
    m_assessments->showParticipant(participant.value(), m_episode);
    m_attendance->showParticipant(participant.value(), m_episode);
    m_notes->showParticipant(participant->id);
    m_plan->showParticipant(participant->id);
    m_carePlans->showParticipant(participant->id);
    m_recovery->showParticipant(participant->id);
    m_consents->showParticipant(participant->id);
    return true;
}

void ParticipantPage::showEmergencyBanner(Id participantId)
{
    auto onlyByEmergency = Access::reachesOnlyByEmergency(m_context.database(), participantId);
    if (!onlyByEmergency || !*onlyByEmergency)
        return;
    auto grant = EmergencyAccess::active(m_context.database(), participantId);
    if (!grant || !*grant)
        return;
    m_messageBar->showMessage(tr("Emergency access until %1: this participant is not on your "
                                 "caseload, and every view of this chart is logged for review.")
                                  .arg(QLocale().toString((*grant)->expiresAt.toLocalTime().time(),
                                      QLocale::ShortFormat)),
        MessageBar::Type::Warning);
}

void ParticipantPage::showSafetyAlerts(Id participantId)
{
    auto open = SafetyAlertStore(m_context.database()).alerts(participantId, true);
    m_safetyBanner->setAlerts(open ? open.value() : QList<SafetyAlert> {});
    if (!open)
        m_messageBar->showMessage(
            tr("Safety alerts could not be loaded: %1").arg(open.error().message));
}

void ParticipantPage::recordAssessment(const QString& instrumentId)
{
    if (!m_participant)
        return;
    m_tabs->setCurrentWidget(m_assessments);
    m_assessments->record(instrumentId);
}

void ParticipantPage::showAttendance()
{
    if (m_participant)
        m_tabs->setCurrentWidget(m_attendance);
}

void ParticipantPage::showNotes()
{
    if (m_participant)
        m_tabs->setCurrentWidget(m_notes);
}

void ParticipantPage::showPlan()
{
    if (m_participant)
        m_tabs->setCurrentWidget(m_plan);
}

void ParticipantPage::reload()
{
    if (m_participant)
        showParticipant(m_participant->id);
}

void ParticipantPage::onParticipantChanged(Id participantId)
{
    if (m_participant && m_participant->id == participantId)
        reload();
}

void ParticipantPage::setValue(const QString& key, const QString& text)
{
    if (PlainLabel* label = m_values.value(key))
        label->setText(orDash(text));
}

void ParticipantPage::fill(
    const Participant& p, const QString& counselorName, const QList<Episode>& episodes)
{
    const QDate today = Clock::instance().today();
    m_participant = p;
    m_episode.reset();
    for (const Episode& e : episodes) {
        if (e.isOpen())
            m_episode = e;
    }
    if (!m_episode && !episodes.isEmpty())
        m_episode = episodes.last();

    m_name->setText(p.displayName());
    const int age = p.ageOn(today);
    QStringList summary { tr("Record %1").arg(p.recordNumber) };
    if (age >= 0)
        summary << tr("%1 years old").arg(age);
    summary << label(p.status)
            << (p.counselorId == 0 ? tr("No counselor assigned")
                                   : tr("Counselor: %1").arg(counselorName));
    m_summary->setText(summary.join(QStringLiteral("  \u00B7  ")));

    const bool inCare = m_episode && m_episode->isOpen();
    if (inCare) {
        const Phase* phase = m_episode->currentPhase();
        m_careStatus->setText(phase ? tr("In care: %1 phase, day %2 (day %3 of the program)")
                                          .arg(label(phase->kind))
                                          .arg(PhaseRules::daysInPhase(*phase, today))
                                          .arg(PhaseRules::daysInProgram(*m_episode, today))
                                    : tr("In care"));
        m_careStatus->setStyleSheet(QString());
    } else {
        m_careStatus->setText(m_episode
                ? tr("Not in care (discharged on %1)").arg(Format::date(m_episode->dischargeDate))
                : tr("Not in care (never admitted)"));
        m_careStatus->setStyleSheet(QStringLiteral("color: #b45309;"));
    }

    setValue(QStringLiteral("legal_name"), p.legalFirstName + QLatin1Char(' ') + p.legalLastName);
    setValue(QStringLiteral("preferred_name"), p.preferredName);
    setValue(QStringLiteral("date_of_birth"),
        age >= 0 ? tr("%1 (age %2)").arg(Format::date(p.dateOfBirth)).arg(age)
                 : Format::date(p.dateOfBirth));
    setValue(QStringLiteral("sex_at_birth"), label(p.sexAtBirth));
    setValue(QStringLiteral("gender_identity"), p.genderIdentity);
    setValue(QStringLiteral("pronouns"), p.pronouns);
    setValue(QStringLiteral("primary_focus"), label(p.primaryFocus));
    setValue(QStringLiteral("referral_source"), p.referralSource);
    setValue(QStringLiteral("phone"), p.phone);
    setValue(QStringLiteral("email"), p.email);
    setValue(QStringLiteral("address"), p.address);
    const EmergencyContact& ec = p.emergencyContact;
    setValue(QStringLiteral("emergency_contact"),
        ec.relationship.isEmpty() || ec.name.isEmpty()
            ? ec.name
            : tr("%1 (%2)").arg(ec.name, ec.relationship));
    setValue(QStringLiteral("emergency_contact_phone"), ec.phone);

    const Phase* phase = inCare ? m_episode->currentPhase() : nullptr;
    setValue(QStringLiteral("admission_date"),
        m_episode ? Format::date(m_episode->admissionDate) : QString());
    setValue(QStringLiteral("days_in_program"),
        inCare ? Format::days(PhaseRules::daysInProgram(*m_episode, today)) : QString());
    setValue(QStringLiteral("current_phase"),
        phase ? tr("%1 since %2").arg(label(phase->kind), Format::date(phase->startDate))
              : tr("Not in care"));
    setValue(QStringLiteral("days_in_phase"),
        phase ? Format::days(PhaseRules::daysInPhase(*phase, today)) : QString());
    setValue(QStringLiteral("plan"), phase ? Format::plan(phase->plan) : QString());
    setValue(QStringLiteral("episodes"),
        episodes.size() <= 1
            ? QString::number(episodes.size())
            : tr("%1 (readmitted; the table lists every episode)").arg(episodes.size()));

    m_timeline->setEpisode(m_episode, today);
    m_phaseModel->setEpisodes(episodes, today);
    m_diagnosisModel->setRows(p.diagnoses);
    m_changePhaseAction->setEnabled(phase != nullptr);
    m_editPlanAction->setEnabled(phase != nullptr);
    m_editAction->setEnabled(true);
    m_episodeActions->setParticipant(p, episodes);
}

void ParticipantPage::editParticipant()
{
    if (!m_participant)
        return;
    auto* dialog = new ParticipantDialog(m_context, *m_participant, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ParticipantPage::editPlan()
{
    const Phase* phase = m_episode ? m_episode->currentPhase() : nullptr;
    if (!phase)
        return;
    auto* dialog = new PhasePlanDialog(m_context, m_episode->participantId, *phase, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ParticipantPage::changePhase()
{
    if (!m_episode || !m_episode->isOpen())
        return;
    auto* dialog = new PhaseTransitionDialog(m_context, *m_episode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace stepwise
