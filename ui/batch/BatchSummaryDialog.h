// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CaseloadQuery.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace stepwise {

class AppContext;
class BatchOutcomeModel;
class BatchSummaryExport;
class MessageBar;

// Progress summaries of many participants (the caseload as filtered) into a folder: the
// period, whom they are for, the paper; then a progress bar with the count and the time left,
// Cancel that keeps what finished, and the list of those not written with the reason.
class BatchSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    BatchSummaryDialog(AppContext& context, QList<CaseloadRow> rows, QWidget* parent = nullptr);
    ~BatchSummaryDialog() override;

    // For tests and scripts: the folder to write into, without the folder chooser.
    void setFolder(const QString& folder);
    int selectedCount() const;
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* progressLabel() const { return m_progressLabel; }
    BatchOutcomeModel* failures() const { return m_failures; }
    const BatchSummaryExport* batch() const { return m_batch.get(); }

public Q_SLOTS:
    void startExport();
    void cancelExport();

Q_SIGNALS:
    void exportFinished(bool cancelled);

protected:
    void reject() override;

private:
    QList<CaseloadRow> selectedRows() const;
    void updateCount();
    void chooseFolder();
    void showProgress(int done, int total);
    void finish(bool cancelled);
    void setEditable(bool editable);

    AppContext& m_context;
    QList<CaseloadRow> m_rows;
    MessageBar* m_messageBar;
    QLabel* m_countLabel;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_phaseBeganOnly;
    QComboBox* m_audience;
    QComboBox* m_paper;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
    QTableView* m_failureView;
    BatchOutcomeModel* m_failures;
    QDialogButtonBox* m_buttons;
    QPushButton* m_startButton;
    QPushButton* m_openFolderButton;
    std::unique_ptr<BatchSummaryExport> m_batch;
};

} // namespace stepwise
