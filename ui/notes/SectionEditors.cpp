// SPDX-License-Identifier: GPL-3.0-or-later
#include "SectionEditors.h"

#include "common/FieldErrors.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stepwise {

namespace {

// A section editor that asks for only a few lines: the sections share whatever height the
// dialog has. QPlainTextEdit's own preferred height (about twelve lines) made the page taller
// than the dialog as soon as an error message under a section showed, hiding the last
// section, the one usually marked.
class SectionEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    QSize sizeHint() const override
    {
        return { QPlainTextEdit::sizeHint().width(), minimumHeight() };
    }
};

} // namespace

SectionEditors::SectionEditors(QWidget* parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("sectionEditors"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    rebuild({});
}

QString SectionEditors::editorName(const QString& key)
{
    return QStringLiteral("section_") + key;
}

void SectionEditors::setFormat(NoteFormat format)
{
    if (format == m_format && !m_editors.isEmpty())
        return;
    const QMap<QString, QString> text = sections();
    m_format = format;
    rebuild(text);
}

void SectionEditors::rebuild(const QMap<QString, QString>& text)
{
    // The old page goes with its editors and error labels; FieldErrors is tied to the page.
    m_editors.clear();
    auto* page = new QWidget;
    delete m_errors;
    m_errors = new FieldErrors(page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 4, 0);
    const QList<NoteSection> list = noteSections(m_format);
    for (const NoteSection& s : list) {
        auto* heading = new QLabel(s.label, page);
        heading->setTextFormat(Qt::PlainText);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        auto* edit = new SectionEdit(page);
        edit->setObjectName(editorName(s.key));
        edit->setAccessibleName(s.label);
        edit->setPlaceholderText(s.hint);
        // Tab goes on to the next section, as in a form; notes are prose, not tables.
        edit->setTabChangesFocus(true);
        edit->setReadOnly(m_readOnly);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        edit->setPlainText(text.value(s.key));
        heading->setBuddy(edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                emit edited();
        });
        m_editors.insert(s.key, edit);
        layout->addWidget(heading);
        layout->addWidget(m_errors->wrap(QStringLiteral("section.") + s.key, edit), 1);
    }
    m_scroll->setWidget(page); // deletes the previous page
    m_page = page;
}

void SectionEditors::setSections(const QMap<QString, QString>& sections)
{
    m_loading = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setPlainText(sections.value(it.key()));
    m_loading = false;
}

QMap<QString, QString> SectionEditors::sections() const
{
    QMap<QString, QString> text;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        text.insert(it.key(), it.value()->toPlainText());
    return text;
}

QStringList SectionEditors::droppedBy(NoteFormat other) const
{
    QStringList keep;
    for (const NoteSection& s : noteSections(other))
        keep.append(s.key);
    QStringList dropped;
    for (const NoteSection& s : noteSections(m_format)) {
        const QPlainTextEdit* edit = m_editors.value(s.key);
        if (!keep.contains(s.key) && edit && !edit->toPlainText().trimmed().isEmpty())
            dropped.append(s.label);
    }
    return dropped;
}

QPlainTextEdit* SectionEditors::editor(const QString& key) const
{
    return m_editors.value(key);
}

QPlainTextEdit* SectionEditors::firstEditor() const
{
    const QList<NoteSection> list = noteSections(m_format);
    return list.isEmpty() ? nullptr : m_editors.value(list.first().key);
}

void SectionEditors::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QPlainTextEdit* edit : std::as_const(m_editors))
        edit->setReadOnly(readOnly);
}

QList<FieldError> SectionEditors::showErrors(const QList<FieldError>& errors)
{
    QList<FieldError> rest = m_errors->show(errors);
    if (QWidget* first = m_errors->firstInvalidField())
        m_scroll->ensureWidgetVisible(first);
    return rest;
}

void SectionEditors::clearErrors()
{
    m_errors->clear();
}

QString SectionEditors::errorText(const QString& key) const
{
    return m_errors->message(QStringLiteral("section.") + key);
}

QWidget* SectionEditors::firstInvalid() const
{
    return m_errors->firstInvalidField();
}

} // namespace stepwise
