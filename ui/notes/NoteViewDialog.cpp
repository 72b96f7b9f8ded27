// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteViewDialog.h"

#include "AppContext.h"
#include "NoteText.h"
#include "TextEntryDialog.h"
#include "auth/Access.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "common/PlainLabel.h"
#include "storage/Database.h"
#include "storage/NoteStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stepwise {

namespace {

PlainLabel* textBlock(const QString& text, QWidget* parent)
{
    auto* label = new PlainLabel(text, parent);
    label->setWordWrap(true);
    label->setContentsMargins(12, 0, 0, 6);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel* heading(const QString& text, QWidget* parent, qreal scale = 1.0)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * scale);
    label->setFont(bold);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

} // namespace

NoteViewDialog::NoteViewDialog(AppContext& context, Id noteId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_noteId(noteId)
    , m_messageBar(new MessageBar(this))
    , m_scroll(new QScrollArea(this))
    , m_addendum(new QPushButton(tr("Add &Addendum\u2026"), this))
    , m_cosign(new QPushButton(tr("&Co-sign"), this))
    , m_return(new QPushButton(tr("&Return to Author\u2026"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("NoteViewDialog"));
    setWindowTitle(tr("Progress Note"));
    m_scroll->setWidgetResizable(true);
    m_addendum->setObjectName(QStringLiteral("addAddendum"));
    m_cosign->setObjectName(QStringLiteral("cosignNote"));
    m_return->setObjectName(QStringLiteral("returnNote"));
    m_close->setObjectName(QStringLiteral("closeNote"));
    for (QPushButton* b : { m_addendum, m_cosign, m_return })
        b->setAutoDefault(false);
    m_close->setDefault(true);
    connect(m_addendum, &QPushButton::clicked, this, &NoteViewDialog::addAddendum);
    connect(m_cosign, &QPushButton::clicked, this, &NoteViewDialog::cosign);
    connect(m_return, &QPushButton::clicked, this, &NoteViewDialog::returnToAuthor);
    connect(m_close, &QPushButton::clicked, this, &NoteViewDialog::accept);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addendum);
    buttons->addStretch(1);
    buttons->addWidget(m_return);
    buttons->addWidget(m_cosign);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 44);
    reload();
}

void NoteViewDialog::reload()
{
    auto note = NoteStore(m_context.database()).get(m_noteId);
    if (!note) {
        m_note.reset();
        m_messageBar->showMessage(tr("The note could not be opened: %1").arg(note.error().message));
        m_scroll->setWidget(new QWidget);
        updateButtons();
        return;
    }
    m_note = note.value();
    m_scroll->setWidget(createContent(*m_note));
    updateButtons();
}

QWidget* NoteViewDialog::createContent(const Note& n)
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("noteContent"));
    auto* layout = new QVBoxLayout(page);
    auto* title = heading(NoteText::person(n.participantName, n.recordNumber), page, 1.15);
    title->setObjectName(QStringLiteral("noteTitle"));
    layout->addWidget(title);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 6);
    auto row = [&](const QString& label, const QString& value) {
        auto* text = new PlainLabel(value, page);
        text->setWordWrap(true);
        form->addRow(label, text);
    };
    row(tr("Service date:"), Format::date(n.serviceDate));
    if (n.sessionId)
        row(tr("Session:"), n.sessionTitle);
    row(tr("Contact:"), label(n.contact));
    row(tr("Format:"), label(n.format));
    if (n.minutes)
        row(tr("Minutes:"), QString::number(*n.minutes));
    row(tr("Author:"), n.authorName);
    row(tr("Signed:"), n.isSigned() ? NoteText::when(n.signedAt) : tr("Not signed (draft)"));
    row(tr("State:"), label(n.state()));
    if (n.cosignedAt.isValid())
        row(tr("Co-signed:"), tr("%1, %2").arg(n.cosignedByName, NoteText::when(n.cosignedAt)));
    layout->addLayout(form);

    if (n.groupNoteId > 0) {
        layout->addWidget(heading(tr("Group summary"), page));
        layout->addWidget(textBlock(n.groupSummary, page));
    }
    for (const NoteSection& s : noteSections(n.format)) {
        layout->addWidget(heading(s.label, page));
        auto* text = textBlock(n.sections.value(s.key), page);
        text->setObjectName(QStringLiteral("section_") + s.key);
        layout->addWidget(text);
    }
    if (!n.addenda.isEmpty()) {
        layout->addWidget(heading(tr("Addenda"), page));
        for (const NoteAddendum& a : n.addenda) {
            const QString who = a.groupNoteId > 0
                ? tr("To the group summary, by %1, %2")
                      .arg(a.authorName, NoteText::when(a.signedAt))
                : tr("By %1, %2").arg(a.authorName, NoteText::when(a.signedAt));
            auto* byline = new PlainLabel(who, page);
            QFont italic = byline->font();
            italic.setItalic(true);
            byline->setFont(italic);
            byline->setContentsMargins(12, 0, 0, 0);
            layout->addWidget(byline);
            layout->addWidget(textBlock(a.text, page));
        }
    }
    if (!n.reviews.isEmpty()) {
        layout->addWidget(heading(tr("Reviews"), page));
        for (const NoteReview& r : n.reviews) {
            const QString text = r.action == NoteReviewAction::Cosigned
                ? tr("Co-signed by %1, %2").arg(r.staffName, NoteText::when(r.at))
                : tr("Returned by %1, %2: %3").arg(r.staffName, NoteText::when(r.at), r.comment);
            layout->addWidget(textBlock(text, page));
        }
    }
    layout->addStretch(1);
    return page;
}

void NoteViewDialog::updateButtons()
{
    const auto& session = m_context.database().session();
    const RoleSet roles = session ? session->roles : RoleSet {};
    const bool isSigned = m_note && m_note->isSigned();
    const bool reviewer = m_note && session && m_note->authorId != session->staffId
        && Access::roleAllows(roles, Permission::CoSignNote);
    const NoteState state = m_note ? m_note->state() : NoteState::Draft;
    m_addendum->setVisible(isSigned && Access::roleAllows(roles, Permission::SignNote));
    m_cosign->setVisible(
        reviewer && (state == NoteState::AwaitingCosign || state == NoteState::Returned));
    m_return->setVisible(reviewer && state == NoteState::AwaitingCosign);
}

QString NoteViewDialog::contentText() const
{
    QStringList lines;
    if (QWidget* page = m_scroll->widget()) {
        for (const QLabel* label : page->findChildren<QLabel*>())
            lines << label->text();
    }
    return lines.join(QLatin1Char('\n'));
}

void NoteViewDialog::addAddendum()
{
    if (!m_note || !m_note->isSigned())
        return;
    auto* dialog = new TextEntryDialog(tr("Add Addendum"),
        tr("What the addendum corrects or adds. It is signed when you save it; the note itself "
           "does not change."),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addReasonLine(tr("Why: a correction, a late entry, an answer to a return"));
    dialog->setAcceptText(tr("Sign Addendum"));
    const Id noteId = m_noteId;
    Database& db = m_context.database();
    dialog->setSubmit([&db, noteId](const QString& text) -> Status {
        auto id = NoteStore(db).addAddendum(noteId, text);
        return id ? Status() : Status(id.error());
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        m_messageBar->showMessage(tr("The addendum is signed."), MessageBar::Type::Positive);
        if (m_note)
            m_context.notifyParticipantChanged(m_note->participantId);
        emit changed();
    });
    dialog->open();
}

void NoteViewDialog::cosign()
{
    if (!m_note)
        return;
    const auto answer = MessageBox::question(this, tr("Co-sign Note?"),
        tr("Co-sign %1's note? Your co-signature records that you reviewed it.")
            .arg(m_note->authorName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = NoteStore(m_context.database()).cosign(m_noteId); !s) {
        m_messageBar->showMessage(tr("Not co-signed: %1").arg(s.error().message));
        return;
    }
    reload();
    m_messageBar->showMessage(tr("Co-signed."), MessageBar::Type::Positive);
    if (m_note)
        m_context.notifyParticipantChanged(m_note->participantId);
    emit changed();
}

void NoteViewDialog::returnToAuthor()
{
    if (!m_note)
        return;
    auto* dialog = new TextEntryDialog(tr("Return to Author"),
        tr("What should %1 correct or add? They answer with an addendum, and the note comes "
           "back to you.")
            .arg(m_note->authorName),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptText(tr("Return Note"));
    const Id noteId = m_noteId;
    Database& db = m_context.database();
    dialog->setSubmit([&db, noteId](const QString& comment) {
        return NoteStore(db).returnToAuthor(noteId, comment);
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        m_messageBar->showMessage(
            tr("Returned to %1.").arg(m_note ? m_note->authorName : QString()),
            MessageBar::Type::Positive);
        emit changed();
    });
    dialog->open();
}

} // namespace stepwise
