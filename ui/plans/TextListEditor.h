// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace stepwise {

// A short list of lines (triggers, warning signs, coping strategies): type one in the field
// and press Enter to add it; double-click (or F2) a line to reword it; remove or reorder with
// the buttons. One line per item keeps each trigger or strategy a thing of its own.
class TextListEditor : public QWidget
{
    Q_OBJECT
public:
    TextListEditor(
        const QString& accessibleName, const QString& placeholder, QWidget* parent = nullptr);

    QStringList items() const;
    void setItems(const QStringList& items);
    void setReadOnly(bool readOnly);

    QLineEdit* entry() const { return m_entry; }
    QListWidget* list() const { return m_list; }

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addEntry();
    void removeCurrent();
    void move(int delta);
    void updateButtons();

    QLineEdit* m_entry;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    bool m_readOnly = false;
};

} // namespace stepwise
