// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteEditorDialog.h"

#include "AppContext.h"
#include "Autosave.h"
#include "NoteText.h"
#include "SectionEditors.h"
#include "attendance/SessionType.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "notes/NoteRules.h"
#include "session/DraftOffer.h"
#include "storage/AttendanceStore.h"
#include "storage/Database.h"
#include "storage/NoteStore.h"
#include "storage/ParticipantStore.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stepwise {

namespace {

// How far back the list of sessions waiting for a note goes.
constexpr int SessionDays = 30;

NoteContact contactFor(const QString& sessionType)
{
    if (sessionType == QLatin1String(SessionTypes::FamilySession))
        return NoteContact::Family;
    if (sessionType == QLatin1String(SessionTypes::CaseManagement))
        return NoteContact::CaseManagement;
    if (sessionType == QLatin1String(SessionTypes::MedicationManagement))
        return NoteContact::MedicationManagement;
    return NoteContact::Individual;
}

bool hasText(const QMap<QString, QString>& sections)
{
    for (const QString& text : sections) {
        if (!text.trimmed().isEmpty())
            return true;
    }
    return false;
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

NoteEditorDialog::NoteEditorDialog(AppContext& context, const NewNote& start, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(start.participantId)
{
    auto participant = ParticipantStore(m_context.database()).get(start.participantId);
    if (participant)
        m_participantText = NoteText::person(participant->sortName(), participant->recordNumber);
    build();
    if (!participant) {
        setReadOnly(tr("The note could not be started: %1").arg(participant.error().message));
        return;
    }
    loadNew(start);
}

NoteEditorDialog::NoteEditorDialog(AppContext& context, Id noteId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_noteId(noteId)
{
    auto note = NoteStore(m_context.database()).get(noteId);
    if (note) {
        m_participantId = note->participantId;
        m_participantText = NoteText::person(note->participantName, note->recordNumber);
    }
    build();
    if (!note) {
        setReadOnly(tr("The note could not be opened: %1").arg(note.error().message));
        return;
    }
    loadExisting(note.value());
}

NoteEditorDialog::~NoteEditorDialog()
{
    m_context.unsavedWork().remove(this);
}

void NoteEditorDialog::build()
{
    setObjectName(QStringLiteral("NoteEditorDialog"));
    setWindowTitle(m_noteId ? tr("Progress Note") : tr("New Progress Note"));
    Database& db = m_context.database();
    if (db.session()) {
        auto me = StaffStore(db).get(db.actorId());
        m_cosignRequired = me && me->cosignRequired;
    }

    m_messageBar = new MessageBar(this);
    m_draftOffer = new DraftOffer(db, draftKind(), m_participantId, this);
    connect(m_draftOffer, &DraftOffer::resumed, this, &NoteEditorDialog::applyDraft);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("noteTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(m_participantText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);

    m_sections = new SectionEditors(this);
    connect(m_sections, &SectionEditors::edited, this, &NoteEditorDialog::onTextEdited);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_autosave = new Autosave(
        m_status, [this] { return store(); }, this);

    m_sign = new QPushButton(tr("&Sign\u2026"), this);
    m_sign->setObjectName(QStringLiteral("signNote"));
    m_sign->setToolTip(tr("Sign and lock the note (Ctrl+Return)"));
    m_discard = new QPushButton(tr("&Discard Draft\u2026"), this);
    m_discard->setObjectName(QStringLiteral("discardNote"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeNote"));
    m_close->setToolTip(tr("Save the draft and close"));
    // Enter in a section is a new line, never a button.
    for (QPushButton* b : { m_sign, m_discard, m_close })
        b->setAutoDefault(false);
    connect(m_sign, &QPushButton::clicked, this, &NoteEditorDialog::sign);
    connect(m_discard, &QPushButton::clicked, this, &NoteEditorDialog::discardDraft);
    connect(m_close, &QPushButton::clicked, this, &NoteEditorDialog::reject);
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] { saveNow(); });
    auto* signKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(signKey, &QShortcut::activated, this, &NoteEditorDialog::sign);
    auto* signEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(signEnter, &QShortcut::activated, this, &NoteEditorDialog::sign);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status);
    actions->addSpacing(12);
    actions->addWidget(mutedLabel(tr("Saved as you type \u00B7 Ctrl+S saves now \u00B7 "
                                     "Ctrl+Return signs"),
        this));
    actions->addStretch(1);
    actions->addWidget(m_discard);
    actions->addWidget(m_sign);
    actions->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_draftOffer);
    layout->addWidget(m_title);
    layout->addWidget(createHeader());
    layout->addWidget(m_sections, 1);
    layout->addLayout(actions);

    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 44);
    m_context.unsavedWork().add(this);
}

QWidget* NoteEditorDialog::createHeader()
{
    auto* header = new QWidget(this);
    m_fieldErrors = new FieldErrors(header);
    m_session = new QComboBox(header);
    m_session->setObjectName(QStringLiteral("noteSession"));
    m_contact = new QComboBox(header);
    m_contact->setObjectName(QStringLiteral("noteContact"));
    for (NoteContact c : allNoteContacts()) {
        // A group session is written in its group note, from the week view.
        if (c != NoteContact::Group)
            m_contact->addItem(label(c), int(c));
    }
    m_format = new QComboBox(header);
    m_format->setObjectName(QStringLiteral("noteFormat"));
    for (NoteFormat f : allNoteFormats())
        m_format->addItem(label(f), int(f));
    m_date = new QDateEdit(header);
    m_date->setObjectName(QStringLiteral("noteServiceDate"));
    m_date->setDisplayFormat(Format::dateFormat());
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(Clock::instance().today());
    m_date->setDate(Clock::instance().today());
    m_minutes = new QSpinBox(header);
    m_minutes->setObjectName(QStringLiteral("noteMinutes"));
    m_minutes->setRange(0, 720);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("\u2014"));

    connect(m_session, &QComboBox::currentIndexChanged, this, &NoteEditorDialog::onSessionChosen);
    connect(m_format, &QComboBox::currentIndexChanged, this, &NoteEditorDialog::onFormatChosen);
    connect(m_contact, &QComboBox::currentIndexChanged, this, &NoteEditorDialog::onHeaderEdited);
    connect(m_date, &QDateEdit::dateChanged, this, &NoteEditorDialog::onHeaderEdited);
    connect(m_minutes, &QSpinBox::valueChanged, this, &NoteEditorDialog::onHeaderEdited);

    auto* grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    auto addLabel = [&](const QString& text, QWidget* buddy, int row, int column) {
        auto* l = new QLabel(text, header);
        l->setBuddy(buddy);
        // Level with the field's text, also when an error shows under the field.
        l->setMinimumHeight(buddy->sizeHint().height());
        l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(l, row, column, Qt::AlignLeft | Qt::AlignTop);
    };
    addLabel(tr("S&ession:"), m_session, 0, 0);
    grid->addWidget(m_fieldErrors->wrap(QStringLiteral("session"), m_session), 0, 1, 1, 3);
    addLabel(tr("C&ontact:"), m_contact, 1, 0);
    grid->addWidget(m_fieldErrors->wrap(QStringLiteral("contact"), m_contact), 1, 1);
    addLabel(tr("&Format:"), m_format, 1, 2);
    grid->addWidget(m_fieldErrors->wrap(QStringLiteral("format"), m_format), 1, 3);
    addLabel(tr("Service &date:"), m_date, 2, 0);
    grid->addWidget(m_fieldErrors->wrap(QStringLiteral("service_date"), m_date), 2, 1);
    addLabel(tr("&Minutes:"), m_minutes, 2, 2);
    grid->addWidget(m_fieldErrors->wrap(QStringLiteral("minutes"), m_minutes), 2, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return header;
}

void NoteEditorDialog::loadNew(const NewNote& start)
{
    m_loading = true;
    auto settings = SettingsStore(m_context.database()).load();
    const NoteFormat format
        = settings ? settings->records.defaultNoteFormat : RecordsSettings().defaultNoteFormat;
    m_format->setCurrentIndex(m_format->findData(int(format)));
    m_sections->setFormat(format);
    m_shownFormat = format;
    fillSessions(start.sessionId);
    m_loading = false;
    onSessionChosen();
    m_sections->firstEditor()->setFocus();
}

void NoteEditorDialog::fillSessions(Id preselect)
{
    Database& db = m_context.database();
    const QDate today = Clock::instance().today();
    QSet<Id> noted;
    if (auto notes = NoteStore(db).notes(m_participantId)) {
        for (const NoteSummary& n : *notes)
            noted.insert(n.sessionId);
    }
    m_session->clear();
    auto history = AttendanceStore(db).history(m_participantId, today.addDays(-SessionDays), today);
    if (history) {
        for (const ParticipantSession& s : *history) {
            const ScheduledSession& session = s.session;
            if (session.cancelled || SessionTypes::isGroup(session.sessionType) || !s.entry
                || !attended(s.entry->status) || noted.contains(session.id))
                continue;
            const QString text
                = tr("%1 \u00B7 %2 %3\u2013%4")
                      .arg(QLocale().toString(session.times.localDate, QStringLiteral("ddd d MMM")),
                          session.title(),
                          session.times.localStart.toString(QStringLiteral("HH:mm")),
                          session.times.localEnd.toString(QStringLiteral("HH:mm")));
            m_session->addItem(text, session.id);
            const int row = m_session->count() - 1;
            m_session->setItemData(row, session.times.localDate, Qt::UserRole + 1);
            m_session->setItemData(row, int(contactFor(session.sessionType)), Qt::UserRole + 2);
        }
    }
    m_session->addItem(tr("No session: a contact outside the schedule"), Id(0));
    const int wanted = preselect ? m_session->findData(preselect) : -1;
    m_session->setCurrentIndex(wanted >= 0 ? wanted : 0);
}

void NoteEditorDialog::loadExisting(const Note& note)
{
    m_loading = true;
    m_session->addItem(note.sessionId
            ? tr("%1 \u00B7 %2")
                  .arg(QLocale().toString(note.serviceDate, QStringLiteral("ddd d MMM")),
                      note.sessionTitle)
            : tr("No session: a contact outside the schedule"),
        note.sessionId);
    m_contact->addItem(label(NoteContact::Group), int(NoteContact::Group));
    m_contact->setCurrentIndex(m_contact->findData(int(note.contact)));
    m_format->setCurrentIndex(m_format->findData(int(note.format)));
    m_shownFormat = note.format;
    m_date->setDate(note.serviceDate);
    m_minutes->setValue(note.minutes.value_or(0));
    m_sections->setFormat(note.format);
    m_sections->setSections(note.sections);
    m_loading = false;
    lockOccasion();
    m_status->setText(note.updatedAt.isValid()
            ? tr("Saved %1")
                  .arg(note.updatedAt.toLocalTime().time().toString(QStringLiteral("HH:mm")))
            : QString());

    Database& db = m_context.database();
    if (note.isSigned())
        setReadOnly(tr("This note is signed and cannot change. Open it from the chart to add an "
                       "addendum."));
    else if (note.authorId != db.actorId())
        setReadOnly(
            tr("This draft is %1's; only the author writes and signs it.").arg(note.authorName));
    else if (note.groupNoteId > 0)
        setReadOnly(tr("This is a part of a group note; open the group note from the week view "
                       "to write it."));
    if (!m_readOnly)
        m_sections->firstEditor()->setFocus();
}

void NoteEditorDialog::onSessionChosen()
{
    if (m_loading || m_noteId)
        return;
    const Id sessionId = currentSessionId();
    const int row = m_session->currentIndex();
    if (sessionId) {
        m_date->setDate(m_session->itemData(row, Qt::UserRole + 1).toDate());
        m_contact->setCurrentIndex(
            m_contact->findData(m_session->itemData(row, Qt::UserRole + 2).toInt()));
        m_minutes->setValue(0);
    } else if (currentContact() == NoteContact::Individual) {
        // Outside the schedule the usual contact is a call or case management.
        m_contact->setCurrentIndex(m_contact->findData(int(NoteContact::Phone)));
    }
    // A session's date and length are the session's own.
    m_date->setEnabled(sessionId == 0);
    m_minutes->setEnabled(sessionId == 0);
    onHeaderEdited();
}

void NoteEditorDialog::onFormatChosen()
{
    if (m_loading)
        return;
    const NoteFormat wanted = currentFormat();
    if (wanted == m_shownFormat)
        return;
    const QStringList dropped = m_sections->droppedBy(wanted);
    if (!dropped.isEmpty()) {
        const auto answer = MessageBox::question(this, tr("Change Note Format?"),
            tr("%1 has no section for what you wrote under %2. Change to %1 and drop that "
               "text?")
                .arg(label(wanted), dropped.join(tr(", "))),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            m_loading = true;
            m_format->setCurrentIndex(m_format->findData(int(m_shownFormat)));
            m_loading = false;
            return;
        }
    }
    m_sections->setFormat(wanted);
    m_shownFormat = wanted;
    m_markedSections.clear();
    onTextEdited();
}

void NoteEditorDialog::onHeaderEdited()
{
    if (m_loading || m_readOnly)
        return;
    // Choosing a session before writing a word stores nothing: an empty draft is litter.
    if (m_noteId || hasText(m_sections->sections()))
        m_autosave->changed();
}

void NoteEditorDialog::onTextEdited()
{
    if (!m_loading && !m_readOnly)
        m_autosave->changed();
}

NoteFormat NoteEditorDialog::currentFormat() const
{
    return NoteFormat(m_format->currentData().toInt());
}

NoteContact NoteEditorDialog::currentContact() const
{
    return NoteContact(m_contact->currentData().toInt());
}

Id NoteEditorDialog::currentSessionId() const
{
    return m_session->currentData().toLongLong();
}

Note NoteEditorDialog::formNote() const
{
    Note n;
    n.id = m_noteId;
    n.participantId = m_participantId;
    n.sessionId = currentSessionId();
    n.contact = currentContact();
    n.format = currentFormat();
    n.serviceDate = m_date->date();
    if (n.sessionId == 0 && m_minutes->value() > 0)
        n.minutes = m_minutes->value();
    n.sections = m_sections->sections();
    return n;
}

Status NoteEditorDialog::store()
{
    const Note n = formNote();
    NoteStore notes(m_context.database());
    Status saved;
    if (m_noteId == 0) {
        if (!hasText(n.sections))
            return {};
        NoteInput in;
        in.participantId = n.participantId;
        in.sessionId = n.sessionId;
        in.contact = n.contact;
        in.format = n.format;
        in.serviceDate = n.serviceDate;
        in.minutes = n.minutes;
        in.sections = n.sections;
        auto id = notes.createDraft(in);
        if (id) {
            m_noteId = id.value();
            setWindowTitle(tr("Progress Note"));
            lockOccasion();
            m_context.notifyParticipantChanged(m_participantId);
        } else {
            saved = id.error();
        }
    } else {
        saved = notes.saveDraft(m_noteId, n.format, n.sections, n.serviceDate, n.minutes);
    }
    if (!saved) {
        // Beside the header field it names; the status line says the rest.
        m_fieldErrors->show(saved.error().fields);
        return saved;
    }
    m_fieldErrors->clear();
    recheckMarks();
    return {};
}

void NoteEditorDialog::recheckMarks()
{
    // Marks from a refused signing go as the sections are written.
    if (m_markedSections.isEmpty())
        return;
    QList<FieldError> still;
    for (const FieldError& e : NoteRules::checkForSigning(formNote(), Clock::instance().today())) {
        if (m_markedSections.contains(e.field))
            still.append(e);
    }
    m_markedSections.clear();
    for (const FieldError& e : std::as_const(still))
        m_markedSections.append(e.field);
    m_sections->showErrors(still);
}

void NoteEditorDialog::lockOccasion()
{
    // Which session or contact a stored note documents is fixed; its text, format and (for a
    // contact outside the schedule) date and length are not.
    m_session->setEnabled(false);
    m_contact->setEnabled(false);
    m_date->setEnabled(currentSessionId() == 0 && !m_readOnly);
    m_minutes->setEnabled(currentSessionId() == 0 && !m_readOnly);
    m_discard->setEnabled(!m_readOnly);
}

bool NoteEditorDialog::saveNow()
{
    if (m_readOnly)
        return true;
    return m_autosave->saveNow();
}

QString NoteEditorDialog::saveStatus() const
{
    return m_status->text();
}

void NoteEditorDialog::showRefusal(const Error& error, const QString& summary)
{
    m_markedSections.clear();
    for (const FieldError& e : error.fields) {
        if (e.field.startsWith(QLatin1String("section.")))
            m_markedSections.append(e.field);
    }
    QList<FieldError> rest = m_sections->showErrors(error.fields);
    rest = m_fieldErrors->show(rest);
    QStringList lines { summary };
    for (const FieldError& e : error.fields)
        lines << e.message;
    if (error.fields.isEmpty())
        lines << error.message;
    m_messageBar->showMessage(lines.join(QLatin1Char('\n')));
    if (QWidget* first = m_sections->firstInvalid())
        first->setFocus();
    else if (QWidget* field = m_fieldErrors->firstInvalidField())
        field->setFocus();
}

void NoteEditorDialog::sign()
{
    if (m_readOnly || m_signed)
        return;
    m_messageBar->clear();
    // What sign() would refuse is shown before asking, so nobody confirms an incomplete note.
    const QList<FieldError> problems
        = NoteRules::checkForSigning(formNote(), Clock::instance().today());
    if (!problems.isEmpty()) {
        showRefusal(Error::validation(problems), tr("Not signed. Complete the marked sections:"));
        return;
    }
    if (m_noteId == 0)
        m_autosave->changed();
    if (!m_autosave->saveNow()) {
        const Error e = m_autosave->lastError().value_or(Error {});
        showRefusal(e, tr("Not signed: the note could not be saved first."));
        return;
    }
    QString text = tr("Signing locks the note; corrections are added as addenda.");
    if (m_cosignRequired)
        text += QStringLiteral("\n\n")
            + tr("Your notes are co-signed: once you sign, this note goes to a supervisor for "
                 "co-signature.");
    const auto answer = MessageBox::question(
        this, tr("Sign Note?"), text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = NoteStore(m_context.database()).sign(m_noteId); !s) {
        showRefusal(s.error(), tr("Not signed:"));
        return;
    }
    m_signed = true;
    m_context.notifyParticipantChanged(m_participantId);
    emit noteSigned(m_noteId);
    QDialog::accept();
}

void NoteEditorDialog::discardDraft()
{
    if (m_readOnly)
        return;
    const auto answer = MessageBox::question(this, tr("Discard Draft?"),
        tr("Discard this draft note? What you wrote is deleted and cannot be recovered."),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    if (m_noteId) {
        if (Status s = NoteStore(m_context.database()).discardDraft(m_noteId); !s) {
            m_messageBar->showMessage(tr("The draft was not discarded: %1").arg(s.error().message));
            return;
        }
        m_context.notifyParticipantChanged(m_participantId);
    }
    discard();
}

void NoteEditorDialog::reject()
{
    if (!m_discarding && !m_readOnly && !m_signed && !m_autosave->saveNow()) {
        const auto answer = MessageBox::question(this, tr("Close Without Saving?"),
            tr("The note could not be saved: %1\n\nClose anyway and lose what you typed since "
               "the last save?")
                .arg(m_autosave->lastError() ? m_autosave->lastError()->message : QString()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_autosave->cancel();
    QDialog::reject();
}

void NoteEditorDialog::setReadOnly(const QString& why)
{
    m_readOnly = true;
    m_autosave->cancel();
    m_status->clear();
    m_sections->setReadOnly(true);
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_session, m_contact, m_format, m_date, m_minutes, m_sign, m_discard })
        w->setEnabled(false);
    m_draftOffer->hide();
    m_messageBar->showMessage(why, MessageBar::Type::Information);
}

QString NoteEditorDialog::draftKind() const
{
    return QString::fromLatin1(DraftKindPrefix)
        + (m_noteId ? QString::number(m_noteId) : QStringLiteral("new"));
}

QString NoteEditorDialog::unsavedTitle() const
{
    return tr("Progress note not yet saved");
}

bool NoteEditorDialog::isModified() const
{
    return !m_discarding && !m_readOnly && isVisible() && m_autosave->isPending();
}

Draft NoteEditorDialog::draft() const
{
    // The lock asks while the author is still signed in, but only for the few seconds of
    // typing since the last autosave (the idle lock comes minutes after the last key). Those
    // go to DraftStore like any form's, and come back through DraftOffer when the author opens
    // the note again; writing the note itself here would bypass the author's own decision to
    // throw the typing away.
    const Note n = formNote();
    Draft d;
    d.kind = draftKind();
    d.subjectId = m_participantId;
    d.title = tr("Progress note for %1").arg(m_participantText);
    QJsonObject sections;
    for (auto it = n.sections.cbegin(); it != n.sections.cend(); ++it)
        sections.insert(it.key(), it.value());
    QJsonObject payload;
    payload.insert(QStringLiteral("format"), storageKey(n.format));
    payload.insert(QStringLiteral("contact"), storageKey(n.contact));
    payload.insert(QStringLiteral("session"), QString::number(n.sessionId));
    payload.insert(QStringLiteral("service_date"), n.serviceDate.toString(Qt::ISODate));
    payload.insert(QStringLiteral("minutes"), n.minutes.value_or(0));
    payload.insert(QStringLiteral("sections"), sections);
    d.payload = payload;
    return d;
}

void NoteEditorDialog::applyDraft(const Draft& draft)
{
    const QJsonObject p = draft.payload;
    m_loading = true;
    if (m_noteId == 0) {
        const int session
            = m_session->findData(p.value(QLatin1String("session")).toString().toLongLong());
        if (session >= 0)
            m_session->setCurrentIndex(session);
        if (auto c = parseNoteContact(p.value(QLatin1String("contact")).toString()))
            m_contact->setCurrentIndex(m_contact->findData(int(*c)));
    }
    if (auto f = parseNoteFormat(p.value(QLatin1String("format")).toString())) {
        m_format->setCurrentIndex(m_format->findData(int(*f)));
        m_sections->setFormat(*f);
        m_shownFormat = *f;
    }
    const QDate date
        = QDate::fromString(p.value(QLatin1String("service_date")).toString(), Qt::ISODate);
    if (date.isValid() && currentSessionId() == 0)
        m_date->setDate(date);
    if (currentSessionId() == 0)
        m_minutes->setValue(p.value(QLatin1String("minutes")).toInt());
    QMap<QString, QString> sections;
    const QJsonObject text = p.value(QLatin1String("sections")).toObject();
    for (auto it = text.begin(); it != text.end(); ++it)
        sections.insert(it.key(), it.value().toString());
    m_sections->setSections(sections);
    m_loading = false;
    if (m_noteId == 0) {
        m_date->setEnabled(currentSessionId() == 0);
        m_minutes->setEnabled(currentSessionId() == 0);
    }
    m_autosave->changed();
    m_messageBar->showMessage(
        tr("Your draft is back in the note; it is saved with the note in a few seconds."),
        MessageBar::Type::Information);
}

void NoteEditorDialog::discard()
{
    m_discarding = true;
    m_autosave->cancel();
    QDialog::reject();
}

} // namespace stepwise
