// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceDialog.h"

#include "AppContext.h"
#include "AttendanceSheetModel.h"
#include "AttendanceSheetView.h"
#include "DropInDialog.h"
#include "attendance/SessionType.h"
#include "common/Clock.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "common/PlainLabel.h"
#include "session/DraftOffer.h"
#include "storage/AttendanceStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QString clockText(const QTime& t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

AttendanceDialog::AttendanceDialog(AppContext& context, Id sessionId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_sessionId(sessionId)
{
    setObjectName(QStringLiteral("AttendanceDialog"));
    AttendanceStore store(m_context.database());
    auto sheet = store.sheet(m_sessionId);
    if (sheet)
        m_session = sheet->session;
    build();
    if (!sheet) {
        m_messageBar->showMessage(
            tr("The attendance sheet could not be opened: %1").arg(sheet.error().message));
        setReadOnly(true);
        return;
    }
    m_model->setSheet(sheet.value());
    updateTally();
    // The store decides when attendance can be taken. Asking it to save nothing, for a session
    // that is cancelled or still ahead, gets its refusal in its own words before anyone types.
    if (m_session->cancelled || m_session->times.startUtc > Clock::instance().nowUtc()) {
        if (Status s = store.save(m_sessionId, {}); !s) {
            m_messageBar->showMessage(s.error().message, MessageBar::Type::Warning);
            if (m_session->cancelled)
                setReadOnly(true);
        }
    }
}

AttendanceDialog::~AttendanceDialog()
{
    m_context.unsavedWork().remove(this);
}

void AttendanceDialog::build()
{
    const QString title = m_session ? m_session->title() : tr("Attendance");
    setWindowTitle(m_session
            ? tr("Attendance \u2014 %1, %2")
                  .arg(title, QLocale().toString(m_session->times.localDate, QLocale::ShortFormat))
            : title);

    m_messageBar = new MessageBar(this);
    m_draftOffer = new DraftOffer(m_context.database(), draftKind(), 0, this);
    connect(m_draftOffer, &DraftOffer::resumed, this, &AttendanceDialog::applyDraft);

    m_model = new AttendanceSheetModel(this);
    m_view = new AttendanceSheetView(this);
    m_view->setSheetModel(m_model);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 10);
    connect(m_model, &AttendanceSheetModel::edited, this, &AttendanceDialog::updateTally);

    auto* hint = new QLabel(AttendanceSheetView::keyHint(), this);
    hint->setObjectName(QStringLiteral("keyHint"));
    hint->setTextFormat(Qt::PlainText);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    hint->setPalette(muted);

    m_restPresent = new QPushButton(tr("Mark Rest &Present"), this);
    m_restPresent->setObjectName(QStringLiteral("markRestPresent"));
    m_restPresent->setToolTip(tr("Everyone without a status is marked present."));
    m_dropIn = new QPushButton(tr("Add &Drop-in\u2026"), this);
    m_dropIn->setObjectName(QStringLiteral("addDropIn"));
    // Enter on the sheet always means Save, whichever button was last used.
    m_restPresent->setAutoDefault(false);
    m_dropIn->setAutoDefault(false);
    connect(m_restPresent, &QPushButton::clicked, this, &AttendanceDialog::markRestPresent);
    connect(m_dropIn, &QPushButton::clicked, this, &AttendanceDialog::addDropIn);

    m_tally = new QLabel(this);
    m_tally->setObjectName(QStringLiteral("tally"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AttendanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttendanceDialog::reject);
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            accept();
    });

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_restPresent);
    actions->addWidget(m_dropIn);
    actions->addSpacing(12);
    actions->addWidget(m_tally);
    actions->addStretch(1);
    actions->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_draftOffer);
    layout->addWidget(createHeader());
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    layout->addLayout(actions);

    m_view->setFocus();
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 36);
    m_context.unsavedWork().add(this);
}

QWidget* AttendanceDialog::createHeader()
{
    auto* header = new QWidget(this);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    auto* title = new PlainLabel(m_session ? m_session->title() : tr("Attendance"), header);
    title->setObjectName(QStringLiteral("sessionTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    layout->addWidget(title);
    if (!m_session)
        return header;

    const ScheduledSession& s = *m_session;
    QString when = tr("%1 \u00B7 %2\u2013%3")
                       .arg(QLocale().toString(s.times.localDate, QLocale::LongFormat),
                           clockText(s.times.localStart), clockText(s.times.localEnd));
    // A session kept in another zone than this workstation's says which clock it is on.
    if (s.times.timeZone != SessionTime::workstationZone().id())
        when += QStringLiteral(" (%1)").arg(QString::fromLatin1(s.times.timeZone));
    QStringList lines { tr("%1 \u00B7 %2").arg(SessionTypes::label(s.sessionType), when) };

    QStringList place;
    if (s.telehealth)
        place << (s.location.isEmpty() ? tr("Telehealth") : tr("Telehealth: %1").arg(s.location));
    else if (!s.location.isEmpty())
        place << s.location;
    if (!s.facilitatorNames.isEmpty())
        place << (s.facilitatorNames.size() == 1
                ? tr("Facilitator: %1").arg(s.facilitatorNames.first())
                : tr("Facilitators: %1").arg(s.facilitatorNames.join(QStringLiteral(", "))));
    if (!place.isEmpty())
        lines << place.join(QStringLiteral(" \u00B7 "));
    if (!s.topic.isEmpty())
        lines << tr("Topic: %1").arg(s.topic);
    if (s.cancelled)
        lines << (s.cancelReason.isEmpty() ? tr("Cancelled")
                                           : tr("Cancelled: %1").arg(s.cancelReason));

    for (int i = 0; i < lines.size(); ++i) {
        auto* label = new PlainLabel(lines.at(i), header);
        label->setObjectName(QStringLiteral("sessionDetail%1").arg(i));
        layout->addWidget(label);
    }
    return header;
}

void AttendanceDialog::setReadOnly(bool readOnly)
{
    m_model->setReadOnly(readOnly);
    m_restPresent->setEnabled(!readOnly);
    m_dropIn->setEnabled(!readOnly);
    m_save->setEnabled(!readOnly);
    m_cancel->setText(readOnly ? tr("Close") : tr("Cancel"));
    if (readOnly)
        m_draftOffer->hide();
}

void AttendanceDialog::updateTally()
{
    m_tally->setText(tr("%1 of %2 taken").arg(m_model->takenCount()).arg(m_model->rowCount()));
}

void AttendanceDialog::markRestPresent()
{
    m_view->commitEditing();
    m_model->markRestPresent();
    m_view->setFocus();
}

void AttendanceDialog::addDropIn()
{
    m_view->commitEditing();
    QSet<Id> onSheet;
    for (const AttendanceSheetLine& line : m_model->rows())
        onSheet.insert(line.participantId);
    auto* picker = new DropInDialog(m_context.database(), onSheet, this);
    connect(picker, &QDialog::finished, picker, &QObject::deleteLater);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        const int row
            = m_model->addDropIn(picker->participantId(), picker->recordNumber(), picker->name());
        m_view->goToRow(row);
        m_view->setFocus();
    });
    // Window-modal without a nested event loop: the sheet waits, the rest of the app runs.
    picker->open();
}

void AttendanceDialog::accept()
{
    if (m_model->isReadOnly())
        return;
    m_view->commitEditing();
    m_messageBar->clear();
    m_model->setRefused({});
    const QList<AttendanceEntry> entries = m_model->entries();
    if (entries.isEmpty()) {
        m_messageBar->showMessage(
            tr("Nothing to save yet: give each participant who was expected a status."),
            MessageBar::Type::Information);
        m_view->setFocus();
        return;
    }
    const QList<int> changed = m_model->changedRows();
    if (Status saved = AttendanceStore(m_context.database()).save(m_sessionId, entries); !saved) {
        showRefusal(saved.error());
        return;
    }
    QDialog::accept();
    // Hours and attendance flags change in the caseload and on each chart.
    for (int row : changed)
        m_context.notifyParticipantChanged(m_model->rows().at(row).participantId);
}

void AttendanceDialog::showRefusal(const Error& error)
{
    if (error.fields.isEmpty()) {
        // A cancelled or future session, a permission, a storage failure: all or nothing.
        m_messageBar->showMessage(tr("Nothing was saved: %1").arg(error.message));
        return;
    }
    // Field keys are "<participant id>.<field>": the reasons go under each participant's name.
    QMap<int, QStringList> byRow;
    QStringList other;
    QSet<Id> refused;
    for (const FieldError& f : error.fields) {
        bool ok = false;
        const Id participantId = f.field.section(QLatin1Char('.'), 0, 0).toLongLong(&ok);
        const int row = ok ? m_model->rowOf(participantId) : -1;
        if (row < 0) {
            other << f.message;
            continue;
        }
        if (!byRow[row].contains(f.message))
            byRow[row] << f.message;
        refused.insert(participantId);
    }
    QStringList lines { tr("Nothing was saved. Correct the marked rows:") };
    for (auto it = byRow.cbegin(); it != byRow.cend(); ++it) {
        const AttendanceSheetLine& line = m_model->rows().at(it.key());
        lines << tr("%1 (%2): %3")
                     .arg(line.name, line.recordNumber, it.value().join(QLatin1Char(' ')));
    }
    lines << other;
    m_messageBar->showMessage(lines.join(QLatin1Char('\n')));
    m_model->setRefused(refused);
    if (!byRow.isEmpty())
        m_view->goToRow(byRow.firstKey());
    m_view->setFocus();
}

void AttendanceDialog::reject()
{
    m_view->commitEditing();
    if (!m_discarding && result() != QDialog::Accepted && m_model->isModified()) {
        const auto answer = MessageBox::question(this, tr("Discard Attendance?"),
            tr("Discard the attendance you entered for this session? Nothing has been saved."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

QString AttendanceDialog::draftKind() const
{
    return QString::fromLatin1(DraftKindPrefix) + QString::number(m_sessionId);
}

QString AttendanceDialog::unsavedTitle() const
{
    return tr("Attendance not yet saved");
}

bool AttendanceDialog::isModified() const
{
    return !m_discarding && isVisible() && result() != QDialog::Accepted && m_model->isModified();
}

Draft AttendanceDialog::draft() const
{
    Draft d;
    d.kind = draftKind();
    // Not a participant: the sheet is about many, and the subject names who an audit row is about.
    d.subjectId = 0;
    d.title = m_session
        ? tr("Attendance for %1 on %2")
              .arg(m_session->title(),
                  QLocale().toString(m_session->times.localDate, QLocale::ShortFormat))
        : tr("Attendance");
    QJsonArray rows;
    for (int row : m_model->changedRows()) {
        const AttendanceSheetLine& line = m_model->rows().at(row);
        QJsonObject o;
        o.insert(QStringLiteral("participant"), QString::number(line.participantId));
        o.insert(QStringLiteral("record_number"), line.recordNumber);
        o.insert(QStringLiteral("name"), line.name);
        o.insert(QStringLiteral("expected"), line.expected);
        o.insert(QStringLiteral("status"),
            line.status ? QJsonValue(storageKey(*line.status)) : QJsonValue());
        o.insert(QStringLiteral("minutes_late"), line.minutesLate);
        o.insert(QStringLiteral("minutes_left_early"), line.minutesLeftEarly);
        o.insert(QStringLiteral("note"), line.note);
        rows.append(o);
    }
    QJsonObject payload;
    payload.insert(QStringLiteral("rows"), rows);
    d.payload = payload;
    return d;
}

void AttendanceDialog::applyDraft(const Draft& draft)
{
    for (const QJsonValue& v : draft.payload.value(QLatin1String("rows")).toArray()) {
        const QJsonObject o = v.toObject();
        const Id participantId = o.value(QLatin1String("participant")).toString().toLongLong();
        int row = m_model->rowOf(participantId);
        if (row < 0 && !o.value(QLatin1String("expected")).toBool())
            row = m_model->addDropIn(participantId,
                o.value(QLatin1String("record_number")).toString(),
                o.value(QLatin1String("name")).toString());
        if (row < 0)
            continue; // no longer expected at this session
        const auto status = parseAttendanceStatus(o.value(QLatin1String("status")).toString());
        if (!status)
            continue;
        m_model->setStatus(row, *status);
        m_model->setData(m_model->index(row, AttendanceSheetModel::MinutesLate),
            o.value(QLatin1String("minutes_late")).toInt());
        m_model->setData(m_model->index(row, AttendanceSheetModel::MinutesLeftEarly),
            o.value(QLatin1String("minutes_left_early")).toInt());
        m_model->setData(m_model->index(row, AttendanceSheetModel::Note),
            o.value(QLatin1String("note")).toString());
    }
    m_messageBar->showMessage(
        tr("Your draft is back on the sheet. Nothing is saved until you choose Save."),
        MessageBar::Type::Information);
    m_view->setFocus();
}

void AttendanceDialog::discard()
{
    m_discarding = true;
    reject();
}

} // namespace stepwise
