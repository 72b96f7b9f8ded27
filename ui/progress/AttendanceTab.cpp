// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceTab.h"

#include "AppContext.h"
#include "ReadinessPanel.h"
#include "SessionHistoryModel.h"
#include "WeekHoursModel.h"
#include "common/Clock.h"
#include "common/Format.h"
#include "common/ReadOnlyTable.h"
#include "schedule/BookSessionDialog.h"
#include "schedule/EnrolDialog.h"
#include "schedule/LeaveGroupDialog.h"
#include "storage/AttendanceQuery.h"
#include "storage/AttendanceStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QLabel* textLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
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

} // namespace

AttendanceTab::AttendanceTab(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_length(textLabel(this))
    , m_engagement(textLabel(this))
    , m_flags(textLabel(this))
    , m_weeks(new WeekHoursModel(this))
    , m_sessions(new SessionHistoryModel(this))
    , m_weekView(new ReadOnlyTable(tr("Weekly hours"), this))
    , m_sessionView(new ReadOnlyTable(tr("Recent sessions"), this))
    , m_readiness(new ReadinessPanel(context, this))
{
    setObjectName(QStringLiteral("attendanceTab"));
    m_flags->setStyleSheet(QStringLiteral("color: #a81e1e; font-weight: bold;"));
    m_weekView->setModel(m_weeks);
    m_weekView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_weekView->horizontalHeader()->setSectionResizeMode(
        WeekHoursModel::Status, QHeaderView::Stretch);
    m_sessionView->setModel(m_sessions);
    m_sessionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessionView->horizontalHeader()->setSectionResizeMode(
        SessionHistoryModel::Session, QHeaderView::Stretch);

    auto* book = new QPushButton(tr("&Book Session\u2026"), this);
    auto* enrol = new QPushButton(tr("&Enrol in Group\u2026"), this);
    auto* leave = new QPushButton(tr("&Leave Group\u2026"), this);
    connect(book, &QPushButton::clicked, this, &AttendanceTab::bookSession);
    connect(enrol, &QPushButton::clicked, this, &AttendanceTab::enroll);
    connect(leave, &QPushButton::clicked, this, &AttendanceTab::leaveGroup);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(book);
    buttons->addWidget(enrol);
    buttons->addWidget(leave);
    buttons->addStretch(1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_length);
    leftLayout->addWidget(m_engagement);
    leftLayout->addWidget(m_flags);
    leftLayout->addWidget(heading(tr("Weekly hours against the phase's requirement"), left));
    leftLayout->addWidget(m_weekView, 3);
    leftLayout->addWidget(heading(tr("Sessions, last 8 weeks"), left));
    leftLayout->addWidget(m_sessionView, 2);
    leftLayout->addLayout(buttons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_readiness);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(splitter);
}

void AttendanceTab::showParticipant(
    const Participant& participant, const std::optional<Episode>& episode)
{
    m_participantId = participant.id;
    m_phase.reset();
    if (episode && episode->isOpen() && episode->currentPhase())
        m_phase = episode->currentPhase()->kind;
    reload();
}

void AttendanceTab::reload()
{
    if (m_participantId == 0)
        return;
    Database& db = m_context.database();
    const QDate today = Clock::instance().today();
    auto summary = AttendanceQuery::summary(db, m_participantId, today);
    if (!summary) {
        m_length->setText(summary.error().message);
        m_engagement->clear();
        m_flags->clear();
        m_weeks->setRows({});
        m_sessions->setRows({});
        return;
    }
    auto settings = SettingsStore(db).load();
    const Qt::DayOfWeek firstDay = settings ? settings->attendance.weekStartsOn : Qt::Monday;
    m_weeks->setCurrentWeek(AttendanceHours::weekStart(today, firstDay));
    QList<WeekHours> weeks = summary->weeks;
    std::reverse(weeks.begin(), weeks.end());
    m_weeks->setRows(weeks);

    if (summary->length && m_phase) {
        const LengthOfStay& l = *summary->length;
        QString text = tr("Day %1 in the program · day %2 of the %3 phase (expected %4–%5 weeks")
                           .arg(l.daysInProgram)
                           .arg(l.daysInPhase)
                           .arg(label(*m_phase).toLower())
                           .arg(l.expectedMinDays / 7)
                           .arg(l.expectedMaxDays / 7 - l.extensionWeeks);
        if (l.extensionWeeks > 0) {
            QStringList who;
            for (const PhaseExtension& x : summary->extensions)
                who.append(tr("%1 weeks approved by %2").arg(x.weeks).arg(x.approvedByName));
            text += tr(", extended: %1").arg(who.join(QStringLiteral("; ")));
        }
        text += QLatin1Char(')');
        if (l.pastExpected())
            text += tr(" — %1 days past the expected length").arg(l.daysOver());
        m_length->setText(text);
    } else {
        m_length->setText(tr("Not in care."));
    }

    const Engagement& e = summary->engagement;
    QStringList parts;
    parts.append(e.ratePercent ? tr("Attended %1 of %2 sessions in the last 4 weeks (%3%)")
                                     .arg(e.sessionsAttended)
                                     .arg(e.sessionsCounted)
                                     .arg(*e.ratePercent)
                               : tr("No attendance recorded in the last 4 weeks"));
    parts.append(e.consecutiveUnexcused == 1
            ? tr("1 unexcused absence in a row")
            : tr("%1 unexcused absences in a row").arg(e.consecutiveUnexcused));
    parts.append(e.lastAttended.isValid()
            ? tr("last attended %1")
                  .arg(QLocale().toString(e.lastAttended, QStringLiteral("ddd d MMM")))
            : tr("never attended"));
    m_engagement->setText(parts.join(QStringLiteral(" · ")));
    m_flags->setText(m_phase ? summary->flags.describe().join(QStringLiteral(" · ")) : QString());
    m_flags->setVisible(!m_flags->text().isEmpty());

    auto history = AttendanceStore(db).history(m_participantId, today.addDays(-8 * 7), today);
    m_sessions->setRows(history ? *history : QList<ParticipantSession> {});
    m_readiness->showParticipant(m_participantId, m_phase);
}

QString AttendanceTab::lengthText() const
{
    return m_length->text();
}

QString AttendanceTab::engagementText() const
{
    return m_engagement->text();
}

QString AttendanceTab::flagsText() const
{
    return m_flags->text();
}

void AttendanceTab::bookSession()
{
    BookSessionDialog dialog(m_context, this);
    dialog.setParticipant(m_participantId);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AttendanceTab::leaveGroup()
{
    LeaveGroupDialog dialog(m_context, m_participantId, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AttendanceTab::enroll()
{
    EnrolDialog dialog(m_context, m_participantId, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace stepwise
