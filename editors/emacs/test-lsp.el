;;; test-lsp.el --- goalie-mode + eglot + the real `goalie lsp'  -*- lexical-binding: t; -*-
;; GOALIE_BIN=target/release/goalie GOALIE_PLANS=<copy of examples/marketing-en> \
;;   emacs --batch -Q -l editors/emacs/test-lsp.el
;; Opens marketing.goals in goalie-mode, connects eglot to `goalie lsp', and
;; checks the diagnostics (Flymake) and the hover of a key result.
(require 'ert)
(defconst goalie-test-dir (file-name-directory (or load-file-name buffer-file-name)))
(add-to-list 'load-path goalie-test-dir)
(dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
  (add-to-list 'load-path dir))
(require 'goalie-mode)
(setq goalie-server-command (list (getenv "GOALIE_BIN") "lsp"))
(unless (require 'eglot nil t)
  (message "eglot is not installed: nothing to test")
  (kill-emacs 1))
(setq eglot-workspace-configuration '(:goalie (:today "2026-11-24" :lang "en")))

(defun goalie-test-wait (what pred &optional seconds)
  "Wait up to SECONDS (20) for PRED, else fail saying WHAT."
  (let ((end (+ (float-time) (or seconds 20))))
    (while (and (not (funcall pred)) (< (float-time) end))
      (accept-process-output nil 0.1))
    (or (funcall pred) (ert-fail (format "timed out waiting for %s" what)))))

(ert-deftest goalie-eglot-diagnostics-hover-and-log-progress ()
  (let ((file (expand-file-name "marketing.goals" (getenv "GOALIE_PLANS"))))
    (with-current-buffer (find-file-noselect file)
      (should (eq major-mode 'goalie-mode))
      (apply #'eglot (eglot--guess-contact))
      (goalie-test-wait "eglot to manage the buffer" (lambda () (eglot-managed-p)))
      (should (equal (process-command (jsonrpc--process (eglot-current-server)))
                     (list (getenv "GOALIE_BIN") "lsp")))
      ;; Diagnostics: the example has one warning in this file, O601.
      ;; Flymake waits for the buffer to be shown, which batch Emacs never
      ;; does: start it by hand.
      (goalie-test-wait "Flymake diagnostics" (lambda () (flymake-start) (flymake-diagnostics)))
      (let ((texts (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))
        (should (= (length texts) 1))
        (should (string-match-p "has 6 key results" (car texts))))
      ;; Hover on the key result bounce-rate (line 13).
      (let* ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                     (list :textDocument (eglot--TextDocumentIdentifier)
                                           :position (list :line 12 :character 6))))
             (value (replace-regexp-in-string "\u00a0\\|\u202f" " "
                                               (plist-get (plist-get hover :contents) :value))))
        (should (string-match-p "key result `bounce-rate`" value))
        (should (string-match-p "53% · at risk" value)))
      ;; goalie-log-progress on the key result organic-mqls (line 19).
      (goto-char (point-min))
      (forward-line 18)
      (should (looking-at "  kr organic-mqls:"))
      ;; eglot 1.9 asks before editing a file no buffer visits; batch Emacs
      ;; cannot answer, so visit the monthly log first.
      (find-file-noselect (expand-file-name "log-2026-11.goals" (getenv "GOALIE_PLANS")))
      (let ((result (goalie-log-progress "+5" "from emacs")))
        (should (equal (plist-get result :id) "organic-mqls")))
      (let ((log (find-buffer-visiting (expand-file-name "log-2026-11.goals" (getenv "GOALIE_PLANS")))))
        (goalie-test-wait "the log line in log-2026-11.goals"
                          (lambda ()
                            (setq log (find-buffer-visiting (expand-file-name "log-2026-11.goals" (getenv "GOALIE_PLANS"))))
                            (and log (with-current-buffer log
                                       (save-excursion
                                         (goto-char (point-min))
                                         (search-forward "2026-11-24 organic-mqls +5 \"from emacs\"" nil t)))))))
      (eglot-shutdown (eglot-current-server)))))

(ert-run-tests-batch-and-exit)
