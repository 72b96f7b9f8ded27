// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupNoteDialog.h"

#include "AppContext.h"
#include "Autosave.h"
#include "NoteText.h"
#include "SectionEditors.h"
#include "TextEntryDialog.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "common/PlainLabel.h"
#include "notes/NoteRules.h"
#include "session/DraftOffer.h"
#include "storage/Database.h"
#include "storage/GroupNoteStore.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QLabel* boldLabel(const QString& text, QWidget* parent, qreal scale = 1.0)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * scale);
    label->setFont(bold);
    return label;
}

QLabel* mutedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
    return label;
}

} // namespace

GroupNoteDialog::GroupNoteDialog(AppContext& context, Id sessionId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_sessionId(sessionId)
{
    auto note = loadNote();
    if (note)
        m_note = note.value();
    build();
    if (!note) {
        setReadOnly(true);
        m_messageBar->showMessage(
            tr("The group note could not be opened: %1").arg(note.error().message));
        return;
    }
    display(note.value());
}

GroupNoteDialog::~GroupNoteDialog()
{
    m_context.unsavedWork().remove(this);
}

Result<GroupNote> GroupNoteDialog::loadNote()
{
    Database& db = m_context.database();
    GroupNoteStore store(db);
    auto existing = store.forSession(m_sessionId);
    if (!existing)
        return existing.error();
    Id id = existing->value_or(0);
    if (id == 0) {
        auto settings = SettingsStore(db).load();
        const NoteFormat format
            = settings ? settings->records.defaultNoteFormat : RecordsSettings().defaultNoteFormat;
        auto started = store.start(m_sessionId, format);
        if (!started)
            return started.error();
        id = started.value();
    }
    return store.get(id);
}

void GroupNoteDialog::build()
{
    setObjectName(QStringLiteral("GroupNoteDialog"));
    setWindowTitle(tr("Group Note"));
    Database& db = m_context.database();
    if (db.session()) {
        auto me = StaffStore(db).get(db.actorId());
        m_cosignRequired = me && me->cosignRequired;
    }

    m_messageBar = new MessageBar(this);
    m_draftOffer = new DraftOffer(db, draftKind(), 0, this);
    connect(m_draftOffer, &DraftOffer::resumed, this, &GroupNoteDialog::applyDraft);
    m_title = boldLabel(QString(), this, 1.15);
    m_title->setObjectName(QStringLiteral("groupNoteTitle"));
    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("groupNoteDetails"));

    auto* summaryBox = new QWidget(this);
    m_summaryErrors = new FieldErrors(summaryBox);
    m_summary = new QPlainTextEdit(summaryBox);
    m_summary->setObjectName(QStringLiteral("groupSummary"));
    m_summary->setAccessibleName(tr("Group summary"));
    m_summary->setPlaceholderText(tr("The group's topic, activities and process, written once for "
                                     "everyone who attended."));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    m_summary->setMaximumHeight(m_summary->fontMetrics().lineSpacing() * 8 + 12);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &GroupNoteDialog::onSummaryEdited);
    m_addenda = new PlainLabel(summaryBox);
    m_addenda->setObjectName(QStringLiteral("groupAddenda"));
    m_addenda->setWordWrap(true);
    m_addenda->hide();
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    auto* summaryHeading = boldLabel(tr("Group summary (for everyone)"), summaryBox);
    summaryHeading->setBuddy(m_summary);
    summaryLayout->addWidget(summaryHeading);
    summaryLayout->addWidget(m_summaryErrors->wrap(QStringLiteral("group_summary"), m_summary));
    summaryLayout->addWidget(m_addenda);

    auto* left = new QWidget(this);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("attendees"));
    m_list->setAccessibleName(tr("Attendees"));
    connect(m_list, &QListWidget::currentRowChanged, this, &GroupNoteDialog::selectAttendee);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* listHeading = boldLabel(tr("Attendees"), left);
    listHeading->setBuddy(m_list);
    leftLayout->addWidget(listHeading);
    leftLayout->addWidget(m_list, 1);

    auto* right = new QWidget(this);
    m_partTitle = boldLabel(QString(), right);
    m_partTitle->setObjectName(QStringLiteral("partTitle"));
    m_sections = new SectionEditors(right);
    connect(m_sections, &SectionEditors::edited, this, &GroupNoteDialog::onPartEdited);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_partTitle);
    rightLayout->addWidget(m_sections, 1);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes(
        { fontMetrics().averageCharWidth() * 34, fontMetrics().averageCharWidth() * 90 });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_autosave = new Autosave(
        m_status, [this] { return store(); }, this);
    m_hint = mutedLabel(tr("Ctrl+PageDown: next attendee \u00B7 Ctrl+S saves now \u00B7 "
                           "Ctrl+Return signs all"),
        this);

    m_next = new QPushButton(tr("&Next Attendee"), this);
    m_next->setObjectName(QStringLiteral("nextAttendee"));
    m_next->setToolTip(tr("Ctrl+PageDown"));
    m_sign = new QPushButton(tr("&Sign All\u2026"), this);
    m_sign->setObjectName(QStringLiteral("signAll"));
    m_sign->setToolTip(tr("Sign the summary and every part (Ctrl+Return)"));
    m_discard = new QPushButton(tr("&Discard\u2026"), this);
    m_discard->setObjectName(QStringLiteral("discardGroupNote"));
    m_cosign = new QPushButton(tr("&Co-sign All\u2026"), this);
    m_cosign->setObjectName(QStringLiteral("cosignAll"));
    m_addendum = new QPushButton(tr("Add &Addendum\u2026"), this);
    m_addendum->setObjectName(QStringLiteral("addAddendum"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeGroupNote"));
    for (QPushButton* b : { m_next, m_sign, m_discard, m_cosign, m_addendum, m_close })
        b->setAutoDefault(false);
    connect(m_next, &QPushButton::clicked, this, &GroupNoteDialog::nextAttendee);
    connect(m_sign, &QPushButton::clicked, this, &GroupNoteDialog::signAll);
    connect(m_discard, &QPushButton::clicked, this, &GroupNoteDialog::discardNote);
    connect(m_cosign, &QPushButton::clicked, this, &GroupNoteDialog::cosignAll);
    connect(m_addendum, &QPushButton::clicked, this, &GroupNoteDialog::addAddendum);
    connect(m_close, &QPushButton::clicked, this, &GroupNoteDialog::reject);
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), &GroupNoteDialog::nextAttendee);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), &GroupNoteDialog::previousAttendee);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &GroupNoteDialog::signAll);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &GroupNoteDialog::signAll);
    shortcut(QKeySequence::Save, &GroupNoteDialog::saveNow);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status);
    actions->addSpacing(12);
    actions->addWidget(m_hint);
    actions->addStretch(1);
    actions->addWidget(m_addendum);
    actions->addWidget(m_discard);
    actions->addWidget(m_next);
    actions->addWidget(m_cosign);
    actions->addWidget(m_sign);
    actions->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_draftOffer);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(summaryBox);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    resize(fontMetrics().averageCharWidth() * 140, fontMetrics().height() * 46);
    m_context.unsavedWork().add(this);
}

void GroupNoteDialog::display(const GroupNote& note)
{
    m_loading = true;
    m_note = note;
    const int previous = m_current;
    m_parts.clear();
    for (const Note& part : note.parts) {
        m_parts.append(
            { part.participantId, NoteText::person(part.participantName, part.recordNumber),
                part.sections, part.state() });
    }
    const QString when = QLocale().toString(note.serviceDate, QStringLiteral("ddd d MMM yyyy"));
    m_title->setText(note.sessionTitle.isEmpty() ? tr("Group note, %1").arg(when)
                                                 : tr("%1, %2").arg(note.sessionTitle, when));
    QStringList details { label(note.format),
        note.parts.size() == 1 ? tr("1 attendee") : tr("%1 attendees").arg(note.parts.size()),
        tr("written by %1").arg(note.authorName) };
    details << (note.isSigned() ? tr("signed %1").arg(NoteText::when(note.signedAt)) : tr("draft"));
    m_details->setText(details.join(QStringLiteral(" \u00B7 ")));
    m_summary->setPlainText(note.summary);
    QStringList addenda;
    for (const NoteAddendum& a : note.addenda)
        addenda
            << tr("Addendum by %1, %2: %3").arg(a.authorName, NoteText::when(a.signedAt), a.text);
    m_addenda->setText(addenda.join(QLatin1Char('\n')));
    m_addenda->setVisible(!addenda.isEmpty());
    m_sections->setFormat(note.format);

    m_list->blockSignals(true);
    m_list->clear();
    for (const Part& p : std::as_const(m_parts)) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(ParticipantRole, p.participantId);
    }
    m_list->blockSignals(false);
    for (int row = 0; row < m_parts.size(); ++row)
        updateItem(row);
    m_loading = false;

    const auto& session = m_context.database().session();
    setReadOnly(note.isSigned() || !session || note.authorId != session->staffId);
    if (m_readOnly && !note.isSigned())
        m_messageBar->showMessage(tr("This group note is %1's draft; only the author writes and "
                                     "signs it.")
                                      .arg(note.authorName),
            MessageBar::Type::Information);
    // Summary, then the part's sections in order, then the list: one Tab from the summary
    // to the first section of the attendee's part.
    QWidget* previousField = m_summary;
    for (const NoteSection& s : noteSections(note.format)) {
        QWidget* edit = m_sections->editor(s.key);
        setTabOrder(previousField, edit);
        previousField = edit;
    }
    setTabOrder(previousField, m_list);
    m_current = -1;
    selectAttendee(m_parts.isEmpty() ? -1 : qBound(0, previous, int(m_parts.size()) - 1));
    m_list->setCurrentRow(m_current);
    m_summary->setFocus();
}

void GroupNoteDialog::reload()
{
    if (!m_note)
        return;
    auto note = GroupNoteStore(m_context.database()).get(m_note->id);
    if (!note) {
        m_messageBar->showMessage(
            tr("The group note could not be read: %1").arg(note.error().message));
        return;
    }
    display(note.value());
}

void GroupNoteDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        m_autosave->cancel();
    m_summary->setReadOnly(readOnly);
    m_sections->setReadOnly(readOnly);
    updateButtons();
}

void GroupNoteDialog::updateButtons()
{
    const auto& session = m_context.database().session();
    const RoleSet roles = session ? session->roles : RoleSet {};
    const bool isSigned = m_note && m_note->isSigned();
    bool awaiting = false;
    for (const Part& p : std::as_const(m_parts))
        awaiting
            = awaiting || p.state == NoteState::AwaitingCosign || p.state == NoteState::Returned;
    const bool editable = m_note && !m_readOnly;
    m_sign->setVisible(editable);
    m_discard->setVisible(editable);
    m_hint->setVisible(editable);
    m_status->setVisible(editable);
    m_next->setEnabled(m_parts.size() > 1);
    m_draftOffer->setVisible(editable && m_draftOffer->isOffering());
    m_addendum->setVisible(isSigned && Access::roleAllows(roles, Permission::SignNote));
    m_cosign->setVisible(isSigned && awaiting && session && m_note->authorId != session->staffId
        && Access::roleAllows(roles, Permission::CoSignNote));
}

void GroupNoteDialog::updateItem(int row)
{
    QListWidgetItem* item = m_list->item(row);
    if (!item || row >= m_parts.size())
        return;
    const Part& p = m_parts.at(row);
    const bool complete = isComplete(p);
    const bool refused = !m_partErrors.value(p.participantId).isEmpty();
    QString text = p.name;
    if (m_note && m_note->isSigned())
        text += QStringLiteral(" \u00B7 ") + label(p.state);
    else if (complete)
        text += QStringLiteral("  \u2713");
    item->setText(text);
    item->setData(CompleteRole, complete);
    item->setData(RefusedRole, refused);
    item->setForeground(refused ? QBrush(NoteText::warningColor()) : QBrush());
    QFont font = m_list->font();
    font.setBold(refused);
    item->setFont(font);
    QStringList reasons;
    for (const FieldError& e : m_partErrors.value(p.participantId))
        reasons << e.message;
    item->setToolTip(reasons.join(QLatin1Char('\n')));
}

bool GroupNoteDialog::isComplete(const Part& part) const
{
    if (!m_note)
        return false;
    Note n;
    n.format = m_note->format;
    n.sections = part.sections;
    n.serviceDate = m_note->serviceDate;
    for (const FieldError& e : NoteRules::checkForSigning(n, n.serviceDate)) {
        if (e.field.startsWith(QLatin1String("section.")))
            return false;
    }
    return true;
}

Id GroupNoteDialog::currentParticipant() const
{
    return m_current >= 0 && m_current < m_parts.size() ? m_parts.at(m_current).participantId : 0;
}

void GroupNoteDialog::selectAttendee(int row)
{
    if (row == m_current || row >= m_parts.size())
        return;
    m_current = row;
    if (m_list->currentRow() != row)
        m_list->setCurrentRow(row);
    m_sections->clearErrors();
    if (row < 0) {
        m_partTitle->setText(tr("Nobody is recorded as attending."));
        m_sections->setSections({});
        m_sections->setEnabled(false);
        return;
    }
    const Part& p = m_parts.at(row);
    m_partTitle->setText(tr("%1: individual part").arg(p.name));
    m_sections->setEnabled(true);
    m_sections->setSections(p.sections);
    m_sections->showErrors(m_partErrors.value(p.participantId));
}

void GroupNoteDialog::nextAttendee()
{
    if (m_parts.isEmpty())
        return;
    selectAttendee((m_current + 1) % int(m_parts.size()));
    if (QWidget* first = m_sections->firstEditor())
        first->setFocus();
}

void GroupNoteDialog::previousAttendee()
{
    if (m_parts.isEmpty())
        return;
    selectAttendee((m_current + int(m_parts.size()) - 1) % int(m_parts.size()));
    if (QWidget* first = m_sections->firstEditor())
        first->setFocus();
}

void GroupNoteDialog::onPartEdited()
{
    if (m_loading || m_readOnly || m_current < 0)
        return;
    Part& p = m_parts[m_current];
    p.sections = m_sections->sections();
    m_dirty.insert(p.participantId);
    updateItem(m_current);
    m_autosave->changed();
}

void GroupNoteDialog::onSummaryEdited()
{
    if (!m_loading && !m_readOnly)
        m_autosave->changed();
}

Status GroupNoteDialog::store()
{
    if (!m_note)
        return {};
    QHash<Id, QMap<QString, QString>> parts;
    for (const Part& p : std::as_const(m_parts)) {
        if (m_dirty.contains(p.participantId))
            parts.insert(p.participantId, p.sections);
    }
    if (Status s
        = GroupNoteStore(m_context.database()).save(m_note->id, m_summary->toPlainText(), parts);
        !s)
        return s;
    m_dirty.clear();
    recheckMarks();
    return {};
}

bool GroupNoteDialog::saveNow()
{
    if (m_readOnly)
        return true;
    return m_autosave->saveNow();
}

QString GroupNoteDialog::saveStatus() const
{
    return m_status->text();
}

QString GroupNoteDialog::summaryError() const
{
    return m_summaryErrors->message(QStringLiteral("group_summary"));
}

QList<FieldError> GroupNoteDialog::problems() const
{
    // What GroupNoteStore::sign() refuses for text, with its keys, checked before asking.
    QList<FieldError> errors = NoteRules::checkGroupSummary(m_summary->toPlainText());
    if (!m_note)
        return errors;
    for (const Part& p : m_parts) {
        Note n;
        n.format = m_note->format;
        n.sections = p.sections;
        n.serviceDate = m_note->serviceDate;
        for (const FieldError& e : NoteRules::checkForSigning(n, n.serviceDate)) {
            if (e.field.startsWith(QLatin1String("section.")))
                errors.append({ QStringLiteral("%1.%2").arg(p.participantId).arg(e.field),
                    QStringLiteral("%1: %2").arg(p.name, e.message) });
        }
    }
    return errors;
}

void GroupNoteDialog::applyMarks(const QList<FieldError>& errors)
{
    m_partErrors.clear();
    m_marked.clear();
    QList<FieldError> summary;
    for (const FieldError& e : errors) {
        m_marked.insert(e.field);
        if (e.field == QLatin1String("group_summary")) {
            summary.append(e);
            continue;
        }
        bool ok = false;
        const Id participantId = e.field.section(QLatin1Char('.'), 0, 0).toLongLong(&ok);
        if (ok)
            m_partErrors[participantId].append({ e.field.section(QLatin1Char('.'), 1), e.message });
    }
    m_summaryErrors->show(summary);
    for (int row = 0; row < m_parts.size(); ++row)
        updateItem(row);
    m_sections->clearErrors();
    if (const Id id = currentParticipant())
        m_sections->showErrors(m_partErrors.value(id));
}

void GroupNoteDialog::recheckMarks()
{
    if (m_marked.isEmpty())
        return;
    QList<FieldError> still;
    for (const FieldError& e : problems()) {
        if (m_marked.contains(e.field))
            still.append(e);
    }
    applyMarks(still);
}

void GroupNoteDialog::showRefusal(const Error& error)
{
    applyMarks(error.fields);
    // One line per attendee naming the sections left to write, not one per section.
    QStringList lines { tr("Not signed. Complete the marked parts:") };
    if (m_marked.contains(QStringLiteral("group_summary")))
        lines << tr("The group summary is empty.");
    for (const Part& p : std::as_const(m_parts)) {
        const QList<FieldError> errors = m_partErrors.value(p.participantId);
        if (errors.isEmpty())
            continue;
        QStringList sections, other;
        for (const FieldError& e : errors) {
            bool found = false;
            for (const NoteSection& s : noteSections(m_note->format)) {
                if (e.field == QLatin1String("section.") + s.key) {
                    sections << s.label;
                    found = true;
                }
            }
            if (!found)
                other << e.message;
        }
        if (!sections.isEmpty())
            lines << tr("%1: %2 not written").arg(p.name, sections.join(tr(", ")));
        lines << other;
    }
    for (const FieldError& e : error.fields) {
        if (!e.field.contains(QLatin1Char('.')) && e.field != QLatin1String("group_summary"))
            lines << e.message;
    }
    if (error.fields.isEmpty())
        lines << error.message;
    m_messageBar->showMessage(lines.join(QLatin1Char('\n')));
    if (m_marked.contains(QStringLiteral("group_summary"))) {
        m_summary->setFocus();
        return;
    }
    for (int row = 0; row < m_parts.size(); ++row) {
        if (m_partErrors.contains(m_parts.at(row).participantId)) {
            selectAttendee(row);
            if (QWidget* first = m_sections->firstInvalid())
                first->setFocus();
            break;
        }
    }
}

void GroupNoteDialog::signAll()
{
    if (m_readOnly || m_signed || !m_note)
        return;
    m_messageBar->clear();
    if (const QList<FieldError> errors = problems(); !errors.isEmpty()) {
        showRefusal(Error::validation(errors));
        return;
    }
    if (!m_autosave->saveNow()) {
        m_messageBar->showMessage(
            tr("Not signed: the group note could not be saved first. %1")
                .arg(m_autosave->lastError() ? m_autosave->lastError()->message : QString()));
        return;
    }
    QString text = tr("Signing locks the group summary and every attendee's part (%1 records); "
                      "corrections are added as addenda.")
                       .arg(m_parts.size() + 1);
    if (m_cosignRequired)
        text += QStringLiteral("\n\n")
            + tr("Your notes are co-signed: once you sign, every part goes to a supervisor for "
                 "co-signature.");
    const auto answer = MessageBox::question(this, tr("Sign Group Note?"), text,
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = GroupNoteStore(m_context.database()).sign(m_note->id); !s) {
        showRefusal(s.error());
        return;
    }
    m_signed = true;
    for (const Part& p : std::as_const(m_parts))
        m_context.notifyParticipantChanged(p.participantId);
    emit groupNoteSigned(m_note->id);
    QDialog::accept();
}

void GroupNoteDialog::discardNote()
{
    if (m_readOnly || !m_note)
        return;
    const auto answer = MessageBox::question(this, tr("Discard Group Note?"),
        tr("Discard this group note, the summary and every attendee's part? What you wrote is "
           "deleted and cannot be recovered."),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    if (Status s = GroupNoteStore(m_context.database()).discard(m_note->id); !s) {
        m_messageBar->showMessage(
            tr("The group note was not discarded: %1").arg(s.error().message));
        return;
    }
    for (const Part& p : std::as_const(m_parts))
        m_context.notifyParticipantChanged(p.participantId);
    discard();
}

void GroupNoteDialog::cosignAll()
{
    if (!m_note)
        return;
    int waiting = 0;
    for (const Part& p : std::as_const(m_parts))
        waiting += p.state == NoteState::AwaitingCosign || p.state == NoteState::Returned ? 1 : 0;
    const auto answer = MessageBox::question(this, tr("Co-sign Group Note?"),
        tr("Co-sign the %1 parts of %2's group note that wait for it? Your co-signature records "
           "that you reviewed them.")
            .arg(waiting)
            .arg(m_note->authorName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = GroupNoteStore(m_context.database()).cosignAll(m_note->id); !s) {
        m_messageBar->showMessage(tr("Not co-signed: %1").arg(s.error().message));
        return;
    }
    reload();
    m_messageBar->showMessage(tr("Co-signed."), MessageBar::Type::Positive);
    for (const Part& p : std::as_const(m_parts))
        m_context.notifyParticipantChanged(p.participantId);
}

void GroupNoteDialog::addAddendum()
{
    if (!m_note || !m_note->isSigned())
        return;
    auto* dialog = new TextEntryDialog(tr("Add Addendum to the Group Summary"),
        tr("What the addendum corrects or adds to the group summary. It is signed when you save "
           "it and shows on every attendee's note."),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addReasonLine(tr("Why: a correction, a late entry"));
    dialog->setAcceptText(tr("Sign Addendum"));
    const Id id = m_note->id;
    Database& db = m_context.database();
    dialog->setSubmit([&db, id](const QString& text) -> Status {
        auto added = GroupNoteStore(db).addAddendum(id, text);
        return added ? Status() : Status(added.error());
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        m_messageBar->showMessage(tr("The addendum is signed."), MessageBar::Type::Positive);
        for (const Part& p : std::as_const(m_parts))
            m_context.notifyParticipantChanged(p.participantId);
    });
    dialog->open();
}

void GroupNoteDialog::reject()
{
    if (!m_discarding && !m_readOnly && !m_signed && !m_autosave->saveNow()) {
        const auto answer = MessageBox::question(this, tr("Close Without Saving?"),
            tr("The group note could not be saved: %1\n\nClose anyway and lose what you typed "
               "since the last save?")
                .arg(m_autosave->lastError() ? m_autosave->lastError()->message : QString()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_autosave->cancel();
    QDialog::reject();
}

QString GroupNoteDialog::draftKind() const
{
    return QString::fromLatin1(DraftKindPrefix) + QString::number(groupNoteId());
}

QString GroupNoteDialog::unsavedTitle() const
{
    return tr("Group note not yet saved");
}

bool GroupNoteDialog::isModified() const
{
    return !m_discarding && !m_readOnly && isVisible() && m_autosave->isPending();
}

Draft GroupNoteDialog::draft() const
{
    // As for a single note (NoteEditorDialog::draft): only the typing since the last autosave.
    Draft d;
    d.kind = draftKind();
    d.subjectId = 0; // many participants; the audit row names the group note by its kind
    d.title = m_note ? tr("Group note for %1").arg(m_note->sessionTitle) : tr("Group note");
    QJsonObject parts;
    for (const Part& p : m_parts) {
        if (!m_dirty.contains(p.participantId))
            continue;
        QJsonObject sections;
        for (auto it = p.sections.cbegin(); it != p.sections.cend(); ++it)
            sections.insert(it.key(), it.value());
        parts.insert(QString::number(p.participantId), sections);
    }
    QJsonObject payload;
    payload.insert(QStringLiteral("summary"), m_summary->toPlainText());
    payload.insert(QStringLiteral("parts"), parts);
    d.payload = payload;
    return d;
}

void GroupNoteDialog::applyDraft(const Draft& draft)
{
    if (m_readOnly)
        return;
    m_loading = true;
    m_summary->setPlainText(draft.payload.value(QLatin1String("summary")).toString());
    const QJsonObject parts = draft.payload.value(QLatin1String("parts")).toObject();
    for (Part& p : m_parts) {
        const QJsonValue v = parts.value(QString::number(p.participantId));
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            p.sections.insert(it.key(), it.value().toString());
        m_dirty.insert(p.participantId);
    }
    if (currentParticipant())
        m_sections->setSections(m_parts.at(m_current).sections);
    for (int row = 0; row < m_parts.size(); ++row)
        updateItem(row);
    m_loading = false;
    m_autosave->changed();
    m_messageBar->showMessage(
        tr("Your draft is back in the group note; it is saved in a few seconds."),
        MessageBar::Type::Information);
}

void GroupNoteDialog::discard()
{
    m_discarding = true;
    m_autosave->cancel();
    QDialog::reject();
}

} // namespace stepwise
