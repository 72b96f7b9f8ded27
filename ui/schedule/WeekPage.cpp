// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekPage.h"

#include "AppContext.h"
#include "BookSessionDialog.h"
#include "GroupDialog.h"
#include "WeekModel.h"
#include "attendance/AttendanceDialog.h"
#include "attendance/Hours.h"
#include "attendance/SessionType.h"
#include "common/Clock.h"
#include "common/MessageBar.h"
#include "common/PlainLabel.h"
#include "common/ReadOnlyTable.h"
#include "notes/GroupNoteDialog.h"
#include "storage/AttendanceStore.h"
#include "storage/Database.h"
#include "storage/ScheduleStore.h"
#include "storage/SettingsStore.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace stepwise {

WeekPage::WeekPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new WeekModel(this))
    , m_view(new ReadOnlyTable(tr("Sessions this week"), this))
    , m_messageBar(new MessageBar(this))
{
    setObjectName(QStringLiteral("WeekPage"));
    m_takeAction = new QAction(tr("&Take Attendance\u2026"), this);
    connect(m_takeAction, &QAction::triggered, this, &WeekPage::takeAttendance);
    m_bookAction = new QAction(tr("&Book Session\u2026"), this);
    connect(m_bookAction, &QAction::triggered, this, &WeekPage::bookSession);
    m_groupAction = new QAction(tr("New &Group\u2026"), this);
    connect(m_groupAction, &QAction::triggered, this, &WeekPage::newGroup);
    m_cancelAction = new QAction(tr("&Cancel Session\u2026"), this);
    connect(m_cancelAction, &QAction::triggered, this, &WeekPage::cancelSession);
    m_groupNoteAction = new QAction(tr("Write Group &Note\u2026"), this);
    m_groupNoteAction->setObjectName(QStringLiteral("groupNoteAction"));
    connect(m_groupNoteAction, &QAction::triggered, this, &WeekPage::writeGroupNote);

    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(WeekModel::Session, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, &WeekPage::takeAttendance);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showExpected();
        updateActions();
    });

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_expectedTitle = new QLabel(side);
    m_expectedTitle->setTextFormat(Qt::PlainText);
    m_expectedTitle->setWordWrap(true);
    QFont bold = m_expectedTitle->font();
    bold.setBold(true);
    m_expectedTitle->setFont(bold);
    m_expected = new QListWidget(side);
    m_expected->setAccessibleName(tr("Expected participants"));
    m_expected->setSelectionMode(QAbstractItemView::NoSelection);
    m_expected->setFocusPolicy(Qt::NoFocus);
    sideLayout->addWidget(m_expectedTitle);
    sideLayout->addWidget(m_expected, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QHBoxLayout;
    for (QAction* a :
        { m_takeAction, m_groupNoteAction, m_bookAction, m_groupAction, m_cancelAction }) {
        auto* b = new QPushButton(a->text(), this);
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::changed, b, [a, b] { b->setEnabled(a->isEnabled()); });
        buttons->addWidget(b);
        if (a == m_groupNoteAction)
            buttons->addStretch(1);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(createNavigation());
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    auto settings = SettingsStore(m_context.database()).load();
    if (settings)
        m_firstDay = settings->attendance.weekStartsOn;
    const auto& session = m_context.database().session();
    // Counselors start with the sessions they lead; supervisors with the whole program.
    m_mineOnly->setChecked(session && !session->roles.has(StaffRole::Supervisor));
    showWeek(Clock::instance().today());
}

QWidget* WeekPage::createNavigation()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* previous = new QPushButton(tr("\u25C0 Previous Week"), bar);
    auto* current = new QPushButton(tr("This Week"), bar);
    auto* next = new QPushButton(tr("Next Week \u25B6"), bar);
    previous->setShortcut(Qt::ALT | Qt::Key_Left);
    next->setShortcut(Qt::ALT | Qt::Key_Right);
    connect(previous, &QPushButton::clicked, this, [this] { showWeek(m_weekStart.addDays(-7)); });
    connect(current, &QPushButton::clicked, this, [this] { showWeek(Clock::instance().today()); });
    connect(next, &QPushButton::clicked, this, [this] { showWeek(m_weekStart.addDays(7)); });
    m_weekLabel = new QLabel(bar);
    QFont big = m_weekLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_weekLabel->setFont(big);
    m_mineOnly = new QCheckBox(tr("Only sessions I lead"), bar);
    connect(m_mineOnly, &QCheckBox::toggled, this, &WeekPage::reload);
    m_summary = new QLabel(bar);
    layout->addWidget(previous);
    layout->addWidget(current);
    layout->addWidget(next);
    layout->addSpacing(12);
    layout->addWidget(m_weekLabel);
    layout->addStretch(1);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_mineOnly);
    return bar;
}

void WeekPage::showWeek(const QDate& anyDay)
{
    m_weekStart = AttendanceHours::weekStart(anyDay, m_firstDay);
    const QDate end = m_weekStart.addDays(6);
    m_weekLabel->setText(tr("Week of %1 – %2")
                             .arg(QLocale().toString(m_weekStart, QStringLiteral("d MMM")),
                                 QLocale().toString(end, QStringLiteral("d MMM yyyy"))));
    reload();
}

void WeekPage::reload()
{
    const Id selected = currentSession() ? currentSession()->id : 0;
    const Id mine = m_mineOnly->isChecked() ? m_context.database().actorId() : 0;
    auto sessions
        = ScheduleStore(m_context.database()).sessions(m_weekStart, m_weekStart.addDays(6), mine);
    m_model->setNow(Clock::instance().nowUtc());
    if (!sessions) {
        m_model->setRows({});
        m_messageBar->showMessage(sessions.error().message);
    } else {
        m_messageBar->clear();
        m_model->setRows(*sessions);
    }
    m_summary->setText(summaryText());
    if (selected)
        selectSession(selected);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
        // Start on the first session still waiting for attendance, else the first of the week.
        int row = 0;
        const QDateTime now = Clock::instance().nowUtc();
        for (int i = 0; i < m_model->rows().size(); ++i) {
            if (m_model->rows().at(i).attendancePending(now)) {
                row = i;
                break;
            }
        }
        m_view->setCurrentIndex(m_model->index(row, 0));
    }
    showExpected();
    updateActions();
}

QString WeekPage::summaryText() const
{
    const QDateTime now = Clock::instance().nowUtc();
    int pending = 0;
    int active = 0;
    for (const ScheduledSession& s : m_model->rows()) {
        if (!s.cancelled)
            ++active;
        if (s.attendancePending(now))
            ++pending;
    }
    if (active == 0)
        return tr("No sessions");
    const QString sessions = active == 1 ? tr("1 session") : tr("%1 sessions").arg(active);
    if (pending == 0)
        return tr("%1 · attendance up to date").arg(sessions);
    return pending == 1 ? tr("%1 · attendance not taken for 1").arg(sessions)
                        : tr("%1 · attendance not taken for %2").arg(sessions).arg(pending);
}

void WeekPage::selectSession(Id sessionId)
{
    for (int i = 0; i < m_model->rows().size(); ++i) {
        if (m_model->rows().at(i).id == sessionId) {
            m_view->setCurrentIndex(m_model->index(i, 0));
            return;
        }
    }
}

const ScheduledSession* WeekPage::currentSession() const
{
    return m_model->rowAt(m_view->currentIndex());
}

void WeekPage::showExpected()
{
    m_expected->clear();
    const ScheduledSession* s = currentSession();
    if (!s) {
        m_expectedTitle->setText(tr("Select a session to see who is expected."));
        return;
    }
    m_expectedTitle->setText(
        tr("%1, %2 %3: %4 expected")
            .arg(s->title(), QLocale().toString(s->times.localDate, QStringLiteral("ddd")),
                s->times.localStart.toString(QStringLiteral("HH:mm")))
            .arg(s->expectedCount));
    auto sheet = AttendanceStore(m_context.database()).sheet(s->id);
    if (!sheet) {
        m_expected->addItem(sheet.error().message);
        return;
    }
    for (const AttendanceSheetRow& row : sheet->rows) {
        QString line = QStringLiteral("%1 (%2)").arg(row.name, row.recordNumber);
        if (row.recorded)
            line += QStringLiteral(" — ") + label(row.recorded->status);
        if (!row.expected)
            line += tr(" · drop-in");
        m_expected->addItem(line);
    }
}

void WeekPage::updateActions()
{
    const ScheduledSession* s = currentSession();
    m_takeAction->setEnabled(s && !s->cancelled);
    m_cancelAction->setEnabled(s && !s->cancelled && s->recordedCount == 0);
    m_groupNoteAction->setEnabled(
        s && !s->cancelled && SessionTypes::isGroup(s->sessionType) && s->attendedCount > 0);
}

void WeekPage::writeGroupNote()
{
    const ScheduledSession* s = currentSession();
    if (!s || !m_groupNoteAction->isEnabled())
        return;
    auto* dialog = new GroupNoteDialog(m_context, s->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WeekPage::takeAttendance()
{
    const ScheduledSession* s = currentSession();
    if (!s || s->cancelled)
        return;
    const Id id = s->id;
    AttendanceDialog dialog(m_context, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectSession(id);
    }
}

void WeekPage::takeAttendanceFor(Id sessionId)
{
    auto session = ScheduleStore(m_context.database()).session(sessionId);
    if (!session) {
        m_messageBar->showMessage(session.error().message);
        return;
    }
    showWeek(session->times.localDate);
    selectSession(sessionId);
    takeAttendance();
}

void WeekPage::bookSession()
{
    BookSessionDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted) {
        showWeek(dialog.bookedDate());
        selectSession(dialog.bookedId());
    }
}

void WeekPage::newGroup()
{
    GroupDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted)
        showWeek(dialog.firstDate());
}

void WeekPage::cancelSession()
{
    const ScheduledSession* s = currentSession();
    if (!s)
        return;
    const Id id = s->id;
    // Not QInputDialog: its label would read a group name that looks like markup as markup.
    QDialog ask(this);
    ask.setWindowTitle(tr("Cancel Session"));
    auto* text = new PlainLabel(
        tr("Why is %1 on %2 cancelled? (a holiday, the facilitator is ill…)")
            .arg(s->title(), QLocale().toString(s->times.localDate, QLocale::ShortFormat)),
        &ask);
    text->setWordWrap(true);
    auto* edit = new QLineEdit(&ask);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    box->button(QDialogButtonBox::Ok)->setText(tr("Cancel Session"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("Keep Session"));
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto* askLayout = new QVBoxLayout(&ask);
    askLayout->addWidget(text);
    askLayout->addWidget(edit);
    askLayout->addWidget(box);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString reason = edit->text();
    if (Status st = ScheduleStore(m_context.database()).cancel(id, reason); !st) {
        m_messageBar->showMessage(st.error().fullMessage());
        return;
    }
    reload();
    selectSession(id);
}

} // namespace stepwise
