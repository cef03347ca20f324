;;; test.el --- Batch test of goalie-mode  -*- lexical-binding: t; -*-
;; emacs --batch -Q -l editors/emacs/test.el
(require 'ert)
(defconst goalie-test-dir (file-name-directory (or load-file-name buffer-file-name)))
(defconst goalie-test-repo (expand-file-name "../../" goalie-test-dir))
(add-to-list 'load-path goalie-test-dir)
;; Debian's elpa-eglot, when installed, lives here.
(dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
  (add-to-list 'load-path dir))
(require 'goalie-mode)

(defun goalie-test-face-at (line-re text)
  "Face of the first TEXT on the first line matching LINE-RE."
  (goto-char (point-min))
  (unless (re-search-forward line-re nil t) (error "No line matches %s" line-re))
  (beginning-of-line)
  (unless (search-forward text (line-end-position) t) (error "%s not on the line" text))
  (let ((face (get-text-property (match-beginning 0) 'face)))
    (if (listp face) (car face) face)))

(ert-deftest goalie-mode-is-chosen-for-goals-files ()
  (with-current-buffer (find-file-noselect (expand-file-name "examples/ventes-fr/plan.goals" goalie-test-repo))
    (should (eq major-mode 'goalie-mode))
    (should (equal comment-start "# "))))

(ert-deftest goalie-mode-font-lock ()
  (with-current-buffer (find-file-noselect (expand-file-name "examples/ventes-fr/plan.goals" goalie-test-repo))
    (font-lock-ensure)
    (should (eq (goalie-test-face-at "^objectif ca-t4" "objectif") 'font-lock-keyword-face))
    (should (eq (goalie-test-face-at "^objectif ca-t4" "ca-t4") 'font-lock-function-name-face))
    (should (eq (goalie-test-face-at "^objectif ca-t4" "Faire du T4") 'font-lock-doc-face))
    (should (eq (goalie-test-face-at "^  période:" "période") 'font-lock-builtin-face))
    (should (eq (goalie-test-face-at "^  période:" "2026-T4") 'font-lock-constant-face))
    (should (eq (goalie-test-face-at "^  engagé" "engagé") 'font-lock-constant-face))
    (should (eq (goalie-test-face-at "^    mesure: 11 000" "11 000") 'font-lock-constant-face))
    (should (eq (goalie-test-face-at "^    mesure: 11 000" "€") 'font-lock-type-face))
    (should (eq (goalie-test-face-at "^    poids: 2" "# c'est") 'font-lock-comment-delimiter-face))
    (should (eq (goalie-test-face-at "^    poids: 2" "c'est le") 'font-lock-comment-face))
    (should (eq (goalie-test-face-at "^activité prospection" "activité") 'font-lock-keyword-face))
    (should (eq (goalie-test-face-at "^  cible: 20" "par") 'font-lock-keyword-face))
    (should (eq (goalie-test-face-at "^  soutient:" "ca-mensuel") 'font-lock-variable-name-face))))

(ert-deftest goalie-mode-log-lines-and-notes ()
  (with-temp-buffer
    (insert "objective deal: Win our #1 deal   # a comment\n"
            "2026-11-04 prospection 12 « matinée # pas un commentaire »\n"
            "2026-11-05 pricing-page done\n"
            "# goalie: ignore S101\n")
    (goalie-mode)
    (font-lock-ensure)
    (should (eq (goalie-test-face-at "^objective deal" "#1") 'font-lock-doc-face))
    (should (eq (goalie-test-face-at "^objective deal" "a comment") 'font-lock-comment-face))
    (should (eq (goalie-test-face-at "^2026-11-04" "2026-11-04") 'font-lock-constant-face))
    (should (eq (goalie-test-face-at "^2026-11-04" "prospection") 'font-lock-variable-name-face))
    (should (eq (goalie-test-face-at "^2026-11-04" "pas un") 'font-lock-string-face))
    (should (eq (goalie-test-face-at "^2026-11-05" "done") 'font-lock-type-face))
    (should (eq (goalie-test-face-at "^# goalie" "goalie: ignore") 'font-lock-preprocessor-face))
    ;; Syntax: `#1' in a title and `#' in a note are not comments.
    (goto-char (point-min)) (search-forward "#1")
    (should-not (nth 4 (syntax-ppss)))
    (search-forward "a comment")
    (should (nth 4 (syntax-ppss)))
    (search-forward "pas un")
    (should-not (nth 4 (syntax-ppss)))))

(ert-deftest goalie-mode-indents-like-goalie-fmt ()
  (with-temp-buffer
    (insert "objective   revenue :Grow Q4 revenue by 40%\n"
            "period:2026-Q4\n"
            "      owner:@sylvie ,  @marc\n"
            "   committed\n"
            "kr deals:Close 20 deals\n"
            "  metric:0->20 deals     # from the CRM\n"
            "        due:   2026-12-31\n"
            "  # check with finance\n"
            "\n"
            "   2026-11-02   deals   +3   \"two  renewals\"\n"
            "activity calls: Call\n"
            "target: 20 per weekday\n")
    (goalie-mode)
    (indent-region (point-min) (point-max))
    (should (equal (mapcar (lambda (l) (- (length l) (length (string-trim-left l))))
                           (split-string (buffer-string) "\n"))
                   '(0 2 2 2 2 4 4 4 0 0 0 2 0)))))

(ert-deftest goalie-mode-indents-french-plans ()
  (with-temp-buffer
    (insert "  objectif ca: Le CA\n"
            "période: 2026-T4\n"
            "rc signature: Signer plus\n"
            "mesure: 12,5 % -> 20 %\n"
            "  activité appels: Appeler\n"
            "      cible: 20 par jour ouvré\n"
            "  entonnoir ventes: Ventes\n"
            "étape visiteurs: 2 % convertissent\n")
    (goalie-mode)
    (indent-region (point-min) (point-max))
    (should (equal (mapcar (lambda (l) (- (length l) (length (string-trim-left l))))
                           (split-string (buffer-string) "\n"))
                   '(0 2 2 4 0 2 0 2 0)))))

(ert-deftest goalie-mode-comment-region ()
  (with-temp-buffer
    (insert "  due: 2026-12-31\n")
    (goalie-mode)
    (comment-region (point-min) (point-max))
    (should (equal (buffer-string) "  # due: 2026-12-31\n"))))

(ert-deftest goalie-mode-registers-goalie-lsp-with-eglot ()
  (if (not (require 'eglot nil t))
      (ert-skip "eglot is not available (Emacs < 29 without elpa-eglot)")
    (should (equal (assoc 'goalie-mode eglot-server-programs) '(goalie-mode "goalie" "lsp")))))

(ert-deftest goalie-mode-imenu-lists-items ()
  (with-current-buffer (find-file-noselect (expand-file-name "examples/marketing-en/marketing.goals" goalie-test-repo))
    (require (quote imenu))
    (let ((index (funcall imenu-create-index-function)))
      (should (member "organic-pipeline" (mapcar #'car (cdr (assoc "Objectives" index)))))
      (should (member "organic-mqls" (mapcar #'car (cdr (assoc "Key results" index))))))))

(ert-run-tests-batch-and-exit)
