// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorklistModel.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace stepwise {

class AppContext;
class MessageBar;
class ReadOnlyTable;

// The signed-in clinician's notes to act on: for supervisors, notes waiting for their
// co-signature (a group note's parts as one row); their own drafts and returned notes, with
// the supervisor's comment; late unsigned notes (everyone's for supervisors). Enter or a double
// click opens the note where it can be acted on.
class NotesWorklistPage : public QWidget
{
    Q_OBJECT
public:
    explicit NotesWorklistPage(AppContext& context, QWidget* parent = nullptr);

    WorklistModel* cosignModel() const { return m_cosignModel; }
    WorklistModel* mineModel() const { return m_mineModel; }
    WorklistModel* lateModel() const { return m_lateModel; }
    ReadOnlyTable* cosignView() const { return m_cosignView; }
    ReadOnlyTable* mineView() const { return m_mineView; }
    ReadOnlyTable* lateView() const { return m_lateView; }
    MessageBar* messageBar() const { return m_messageBar; }
    QPushButton* cosignButton() const { return m_cosign; }

public slots:
    void reload();
    // Opens the selected row of a list (window-modal, with open()); reloads when it closes.
    void openCosign();
    void openMine();
    void openLate();
    // Asks, then co-signs the selected row of the co-sign queue (every part of a group row).
    void cosignSelected();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createList(const QString& title, WorklistModel* model, ReadOnlyTable* view,
        QLabel** heading, QWidget* extra = nullptr);
    void open(const WorklistRow& row, bool edit);
    void adopt(QDialog* dialog);
    void updateButtons();
    void updateHeadings();

    AppContext& m_context;
    MessageBar* m_messageBar;
    WorklistModel* m_cosignModel;
    WorklistModel* m_mineModel;
    WorklistModel* m_lateModel;
    ReadOnlyTable* m_cosignView;
    ReadOnlyTable* m_mineView;
    ReadOnlyTable* m_lateView;
    QWidget* m_cosignBox = nullptr;
    QLabel* m_cosignHeading = nullptr;
    QLabel* m_mineHeading = nullptr;
    QLabel* m_lateHeading = nullptr;
    QPushButton* m_cosign = nullptr;
    QPushButton* m_openCosign = nullptr;
};

} // namespace stepwise
