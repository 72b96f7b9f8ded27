// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "notes/NoteFormat.h"

#include <QMap>
#include <QWidget>

class QPlainTextEdit;
class QScrollArea;
class QVBoxLayout;

namespace stepwise {

class FieldErrors;

// One plain-text editor per section of a note format, each under its heading with the
// section's hint as placeholder. Changing the format keeps the text of sections with the same
// key. Refusals naming "section.<key>" frame the section in red with the reason beneath.
class SectionEditors : public QWidget
{
    Q_OBJECT
public:
    explicit SectionEditors(QWidget* parent = nullptr);

    NoteFormat format() const { return m_format; }
    void setFormat(NoteFormat format);
    void setSections(const QMap<QString, QString>& sections);
    // The text of every section of the current format, by key.
    QMap<QString, QString> sections() const;
    // The labels of sections with text that `other` has no section for.
    QStringList droppedBy(NoteFormat other) const;

    QPlainTextEdit* editor(const QString& key) const;
    QPlainTextEdit* firstEditor() const;
    void setReadOnly(bool readOnly);

    // Marks the sections named "section.<key>" and returns the other errors.
    QList<FieldError> showErrors(const QList<FieldError>& errors);
    void clearErrors();
    // The reason shown under a section, empty when it is not marked.
    QString errorText(const QString& key) const;
    // The first marked section's editor, to put the cursor in.
    QWidget* firstInvalid() const;

    // The object name of a section's editor ("section_data"), for tests and accessibility.
    static QString editorName(const QString& key);

signals:
    // Any text changed by the user (not by setSections).
    void edited();

private:
    void rebuild(const QMap<QString, QString>& text);

    NoteFormat m_format = NoteFormat::Dap;
    bool m_readOnly = false;
    bool m_loading = false;
    QScrollArea* m_scroll;
    QWidget* m_page = nullptr;
    FieldErrors* m_errors = nullptr;
    QMap<QString, QPlainTextEdit*> m_editors;
};

} // namespace stepwise
