;;; goalie-mode.el --- Major mode for goalie's .goals files  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages, outlines
;; URL: see editors/emacs/README.md in goalie's repository

;;; Commentary:

;; Objectives, key results, activities with their log lines and funnels,
;; in English and French, as read by goalie (docs/format.md).
;;
;; This mode gives font-lock, `#' comments, indentation (items at column 0,
;; key results at 2, properties 2 deeper than their item) and an imenu
;; index of items.  With eglot (built into Emacs 29+, or from ELPA), it
;; registers `goalie lsp' as the language server:
;;
;;   (add-to-list 'load-path "/path/to/goalie/editors/emacs")
;;   (require 'goalie-mode)
;;   (add-hook 'goalie-mode-hook #'eglot-ensure)

;;; Code:

(require 'cl-lib)

(defgroup goalie nil
  "Goals kept in plain text."
  :group 'languages
  :prefix "goalie-")

(defcustom goalie-indent-offset 2
  "Indentation step of `goalie-mode'."
  :type 'integer
  :safe #'integerp)

(defcustom goalie-server-command '("goalie" "lsp")
  "How eglot starts the goalie language server.
A program without a directory (the default, \"goalie\") is looked for
with `goalie-find-server': on `exec-path', then where pip, pipx, uv, npm
and cargo install it."
  :type '(repeat string))

(defconst goalie--item-keywords
  '("objective" "objectif" "key result" "résultat clé" "Résultat clé" "resultat cle"
    "kr" "rc" "activity" "activité" "activite" "funnel" "entonnoir")
  "Keywords that start an item.")

(defconst goalie--top-item-keywords
  '("objective" "objectif" "activity" "activité" "activite" "funnel" "entonnoir")
  "Item keywords written at column 0.")

(defconst goalie--property-keywords
  '("period" "période" "periode" "due" "deadline" "échéance" "Échéance" "echeance"
    "start" "début" "debut" "owner" "responsable" "why" "pourquoi" "parent"
    "supports" "soutient" "contribue à" "contribue a" "contribue"
    "metric" "métrique" "metrique" "mesure" "indicateur" "keep" "garder" "seuil"
    "target" "cible" "rythme" "goal" "but" "weight" "poids")
  "Property keywords, written `keyword: value'.")

(defconst goalie--flag-keywords
  '("committed" "engagement" "engagée" "engagé" "engage" "aspirational" "aspirationnel"
    "ambitieux" "milestone" "jalon")
  "Flags, alone on their line.")

(defconst goalie--value-words
  '("per" "par" "every" "each" "chaque" "toutes les" "tous les" "apiece" "chacune" "chacun"
    "par unité" "l'unité" "l’unité" "convertissent" "convertit" "converts" "convert"
    "de conversion" "conversion" "by" "before" "d'ici le" "d'ici" "d’ici le" "d’ici"
    "avant le" "avant" "pour le" "at least" "at most" "au moins" "au plus" "au minimum"
    "au maximum")
  "Words inside values: rates, stages, funnel goals, comparators.")

(defconst goalie--log-words
  '("done" "achieved" "faite" "fait" "terminée" "terminé" "termine" "atteint"
    "dropped" "abandoned" "abandonnée" "abandonné" "abandonne"
    "confidence" "confiance" "retrospective" "retro" "rétro" "bilan")
  "Words of log lines.")

(defconst goalie--id-re "[[:alnum:]_]\\(?:[[:alnum:]_-]\\|\\.[[:alnum:]]\\)*"
  "An item id.")

(defun goalie--words-re (words)
  "A regexp matching one of WORDS as a whole word."
  (concat "\\_<" (regexp-opt words t) "\\(?:[^[:alnum:]_'’-]\\|$\\)"))

(defconst goalie--header-re
  (concat "^[ \t]*" (regexp-opt goalie--item-keywords t)
          "[ \t]+\\(" goalie--id-re "\\)[ \t]*\\(:\\)[ \t]*"
          ;; The title: to the end of the line or to ` # ' (a comment).
          "\\(\\(?:[^ \t\n]\\|[ \t]+\\(?:[^# \t\n]\\|#[^ \t\n]\\)\\)*\\)")
  "An item header line: keyword, id, colon, title.")

(defconst goalie-font-lock-keywords
  `((,goalie--header-re
     (1 font-lock-keyword-face)
     (2 font-lock-function-name-face)
     (4 font-lock-doc-face))
    (,(concat "^[ \t]*\\(" (regexp-opt '("stage" "étape" "Étape" "etape")) "\\)[ \t]+\\("
              goalie--id-re "\\)")
     (1 font-lock-keyword-face)
     (2 font-lock-function-name-face))
    (,(concat "^[ \t]*" (regexp-opt goalie--property-keywords t) "[ \t]*:")
     (1 font-lock-builtin-face))
    (,(concat "^[ \t]*" (regexp-opt goalie--flag-keywords t) "[ \t]*\\(?:#\\|$\\)")
     (1 font-lock-constant-face))
    ;; Log lines: DATE ID ...
    (,(concat "^[ \t]*\\([0-9]\\{4\\}-[0-9]\\{2\\}-[0-9]\\{2\\}\\)[ \t]+\\(" goalie--id-re "\\)")
     (1 font-lock-constant-face)
     (2 font-lock-variable-name-face))
    (,(goalie--words-re goalie--log-words) (1 font-lock-type-face))
    ;; References after parent:/supports:, owners.
    (,(concat "^[ \t]*" (regexp-opt '("parent" "supports" "soutient" "contribue à" "contribue a" "contribue"))
              "[ \t]*:[ \t]*\\([^#\n]+\\)")
     (1 font-lock-variable-name-face))
    ("@[[:alnum:]_][[:alnum:]_.-]*" . font-lock-variable-name-face)
    ;; Dates: days, weeks, quarters (Q/T), halves (H/S), months.
    ("\\_<[0-9]\\{4\\}-\\(?:[0-9]\\{2\\}-[0-9]\\{2\\}\\|[WwQqTtHhSs][0-9]\\{1,2\\}\\|[0-9]\\{2\\}\\)\\_>"
     . font-lock-constant-face)
    ;; Notes.
    ("\"[^\"\n]*\"\\|«[^»\n]*»\\|“[^”\n]*”" 0 font-lock-string-face t)
    (,(goalie--words-re goalie--value-words) (1 font-lock-keyword-face))
    ("->\\|→\\|=>\\|⟶\\|\\.\\.\\|>=\\|<=\\|≥\\|≤" . font-lock-keyword-face)
    ;; Numbers with their units: 12,5 %, 13 047,50 €, $1,200, 1.5M USD.
    ("[0-9]+\\(?:[  ][0-9]\\{3\\}\\_>\\|[,._'][0-9]+\\)*[kKM]?" . font-lock-constant-face)
    ("%\\|[€$£¥]" . font-lock-type-face)
    ;; Suppression comments: # goalie: ignore S101
    ("#[ \t]*\\(goalie:[ \t]*ignore\\(?:-file\\)?\\)\\(.*\\)$"
     (1 font-lock-preprocessor-face t)
     (2 font-lock-warning-face t)))
  "Font-lock rules of `goalie-mode'.")

(defvar goalie-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?# "<" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?- "_" table)
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?. "_" table)
    (modify-syntax-entry ?@ "_" table)
    (modify-syntax-entry ?' "w" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?« "(»" table)
    (modify-syntax-entry ?» ")«" table)
    table)
  "Syntax table of `goalie-mode'.")

(defun goalie--syntax-propertize (start end)
  "Make `#' inside titles and notes ordinary text between START and END.
A `#' starts a comment at the start of a line, after a value, or inside
free text only with a blank on both sides (docs/format.md, section 2)."
  (goto-char start)
  (while (re-search-forward "#" end t)
    (let ((pos (match-beginning 0)))
      (when (save-excursion
              (goto-char pos)
              (or
               ;; Inside a title or why:, a # glued to a word is text.
               (and (not (looking-back "^[ \t]*" (line-beginning-position)))
                    (or (looking-back "[^ \t]" (1- pos))
                        (not (looking-at "#\\(?:[ \t]\\|$\\)")))
                    (save-excursion
                      (beginning-of-line)
                      (or (looking-at goalie--header-re)
                          (looking-at "^[ \t]*\\(?:why\\|pourquoi\\)[ \t]*:"))))
               ;; Inside a quoted note.
               (let ((before (buffer-substring-no-properties (line-beginning-position) pos)))
                 (or (cl-oddp (cl-count ?\" before))
                     (> (cl-count ?« before) (cl-count ?» before))
                     (> (cl-count ?“ before) (cl-count ?” before))))))
        (put-text-property pos (1+ pos) 'syntax-table (string-to-syntax "."))))))

(defun goalie--line-kind ()
  "What the current line is: `top', `kr', `log', `comment', `blank' or `body'."
  (save-excursion
    (beginning-of-line)
    (cond ((looking-at "[ \t]*$") 'blank)
          ((looking-at "[ \t]*#") 'comment)
          ((looking-at "[ \t]*[0-9]") 'log)
          ((looking-at (concat "[ \t]*" (regexp-opt goalie--top-item-keywords) "[ \t]")) 'top)
          ((looking-at (concat "[ \t]*" (regexp-opt '("kr" "rc" "key result" "résultat clé"
                                                        "Résultat clé" "resultat cle"))
                               "[ \t]"))
           'kr)
          (t 'body))))

(defun goalie--item-indent ()
  "Indentation of the body lines of the item above point, or nil."
  (save-excursion
    (let ((case-fold-search t) result)
      (while (and (not result) (zerop (forward-line -1)))
        (pcase (goalie--line-kind)
          ('top (setq result goalie-indent-offset))
          ('kr (setq result (* 2 goalie-indent-offset)))
          ('log (setq result 0))))
      result)))

(defun goalie-indent-line ()
  "Indent the current line the way `goalie fmt' lays it out."
  (interactive)
  (let* ((case-fold-search t)
         (kind (goalie--line-kind))
         (column (pcase kind
                   ((or 'top 'log) 0)
                   ('kr goalie-indent-offset)
                   ('blank nil)
                   (_ (or (goalie--item-indent) 0)))))
    (when column
      (if (<= (current-column) (current-indentation))
          (indent-line-to column)
        (save-excursion (indent-line-to column))))))

(defvar goalie-imenu-generic-expression
  `(("Objectives" ,(concat "^[ \t]*" (regexp-opt '("objective" "objectif")) "[ \t]+\\(" goalie--id-re "\\)") 1)
    ("Key results" ,(concat "^[ \t]*" (regexp-opt '("kr" "rc" "key result" "résultat clé" "resultat cle"))
                            "[ \t]+\\(" goalie--id-re "\\)") 1)
    ("Activities" ,(concat "^[ \t]*" (regexp-opt '("activity" "activité" "activite")) "[ \t]+\\(" goalie--id-re "\\)") 1)
    ("Funnels" ,(concat "^[ \t]*" (regexp-opt '("funnel" "entonnoir")) "[ \t]+\\(" goalie--id-re "\\)") 1))
  "Imenu index of `goalie-mode'.")

(declare-function eglot-current-server "eglot")
(declare-function eglot--TextDocumentIdentifier "eglot")
(declare-function jsonrpc-request "jsonrpc")
(defvar eglot-confirm-server-initiated-edits)

(defun goalie-log-progress (value &optional note)
  "Log VALUE, with an optional NOTE, for the item at or above point.
VALUE is what a log line holds: a count (17), an increment (+3), a
measurement (24%), done, dropped or `confidence 60%'.  The server
\(`goalie lsp', through eglot) writes the line after the item's last log
line, in whichever file that is."
  (interactive
   (list (read-string "Value (17, +3, 24%, done, confidence 60%): ")
         (read-string "Note (optional): ")))
  (require 'eglot)
  (let* ((server (or (eglot-current-server)
                     (user-error "goalie: no language server here; start it with M-x eglot")))
         (arg (list :uri (plist-get (eglot--TextDocumentIdentifier) :uri)
                    :position (list :line (1- (line-number-at-pos)) :character 0)
                    :value value)))
    (when (and note (not (string= note "")))
      (setq arg (append arg (list :note note))))
    ;; The server answers with a workspace/applyEdit; asking to confirm an
    ;; edit the user just requested would be one question too many.
    (let* ((eglot-confirm-server-initiated-edits nil)
           (result (jsonrpc-request server :workspace/executeCommand
                                    (list :command "goalie.server.logProgress"
                                          :arguments (vector arg)))))
      (message "goalie: logged %s for %s" value (plist-get result :id))
      result)))

(defvar goalie-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map (kbd "C-c C-l") #'goalie-log-progress)
    map)
  "Keymap of `goalie-mode'.")

;;;###autoload
(define-derived-mode goalie-mode prog-mode "Goals"
  "Major mode for goalie's .goals files."
  :syntax-table goalie-mode-syntax-table
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "#+[ \t]*")
  (setq-local comment-end "")
  (setq-local indent-tabs-mode nil)
  (setq-local tab-width goalie-indent-offset)
  (setq-local indent-line-function #'goalie-indent-line)
  (setq-local syntax-propertize-function #'goalie--syntax-propertize)
  ;; Keywords ignore ASCII case (`Objective', `KR').
  (setq-local font-lock-defaults '(goalie-font-lock-keywords nil t))
  (setq-local imenu-generic-expression goalie-imenu-generic-expression)
  (setq-local outline-regexp (concat "[ \t]*" (regexp-opt goalie--item-keywords)))
  (setq-local electric-indent-chars (append '(?:) electric-indent-chars)))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.goals\\'" . goalie-mode))

;; Finding the server however it was installed.

(defun goalie--npm-package ()
  "The npm package holding goalie's binary for this machine.
Named as in packaging/npm/goalie.js."
  (let ((os (pcase system-type
              ('gnu/linux "linux")
              ('darwin "darwin")
              ('windows-nt "win32")
              (_ (symbol-name system-type))))
        (cpu (let ((arch (car (split-string system-configuration "-"))))
               (pcase arch
                 ((or "x86_64" "amd64") "x64")
                 ((or "aarch64" "arm64") "arm64")
                 (_ arch)))))
    (format "@goalie-rs/cli-%s-%s" os cpu)))

(defun goalie--newest-first (dirs)
  "DIRS (like 3.12 or v20.11.1) sorted with the newest version first."
  (let ((key (lambda (d)
               (let ((name (file-name-nondirectory (directory-file-name d)))
                     (start 0) nums)
                 (while (string-match "[0-9]+" name start)
                   (push (string-to-number (match-string 0 name)) nums)
                   (setq start (match-end 0)))
                 (nreverse nums)))))
    (sort (copy-sequence dirs)
          (lambda (a b)
            (let ((x (funcall key a)) (y (funcall key b)) (result nil) (done nil))
              (while (and (not done) (or x y))
                (let ((i (or (car x) -1)) (j (or (car y) -1)))
                  (cond ((> i j) (setq result t done t))
                        ((< i j) (setq done t))))
                (setq x (cdr x) y (cdr y)))
              result)))))

(defun goalie-server-candidates (&optional dir)
  "Where installs put goalie, most specific first, seen from DIR.
The project's own install (npm install -D: node_modules; pip: .venv or
venv, found upward from DIR), the active VIRTUAL_ENV, `exec-path', cargo,
pip/pipx/uv, then npm's global folders."
  (let* ((dir (or dir default-directory))
         (win (eq system-type 'windows-nt))
         (exe (if win "goalie.exe" "goalie"))
         (home (or (getenv "HOME") (getenv "USERPROFILE")))
         (npm-bin (lambda (node-modules)
                    (expand-file-name (concat (goalie--npm-package) "/bin/" exe) node-modules)))
         (venv-bin (lambda (venv) (expand-file-name (concat (if win "Scripts/" "bin/") exe) venv)))
         (out nil))
    (cl-flet ((add (path) (when path (push path out))))
      (let ((root (locate-dominating-file dir "node_modules")))
        (when root (add (funcall npm-bin (expand-file-name "node_modules" root)))))
      (dolist (venv '(".venv" "venv"))
        (let ((root (locate-dominating-file dir venv)))
          (when root (add (funcall venv-bin (expand-file-name venv root))))))
      (when (getenv "VIRTUAL_ENV") (add (funcall venv-bin (getenv "VIRTUAL_ENV"))))
      (dolist (d exec-path)
        (when (and d (> (length d) 0)) (add (expand-file-name exe d))))
      (let ((cargo (or (getenv "CARGO_HOME") (and home (expand-file-name ".cargo" home)))))
        (when cargo (add (expand-file-name (concat "bin/" exe) cargo))))
      (when (getenv "PYTHONUSERBASE") (add (funcall venv-bin (getenv "PYTHONUSERBASE"))))
      (dolist (var '("PIPX_BIN_DIR" "UV_TOOL_BIN_DIR"))
        (when (getenv var) (add (expand-file-name exe (getenv var)))))
      (when home
        (add (expand-file-name (concat ".local/bin/" exe) home))
        (dolist (py (goalie--newest-first (file-expand-wildcards (expand-file-name "Library/Python/*" home))))
          (add (expand-file-name (concat "bin/" exe) py))))
      (when (and win (getenv "APPDATA"))
        (dolist (py (goalie--newest-first (file-expand-wildcards (expand-file-name "Python/Python*" (getenv "APPDATA")))))
          (add (expand-file-name (concat "Scripts/" exe) py))))
      (let ((prefixes nil))
        (let ((configured (or (getenv "NPM_CONFIG_PREFIX") (getenv "npm_config_prefix"))))
          (when configured (push configured prefixes)))
        (if win
            (when (getenv "APPDATA") (push (expand-file-name "npm" (getenv "APPDATA")) prefixes))
          (when home
            (push (expand-file-name ".npm-global" home) prefixes)
            (push (expand-file-name ".local" home) prefixes))
          (dolist (p '("/usr/local" "/opt/homebrew" "/usr")) (push p prefixes))
          (when home
            (dolist (v (goalie--newest-first
                        (file-expand-wildcards
                         (expand-file-name "versions/node/*" (or (getenv "NVM_DIR") (expand-file-name ".nvm" home))))))
              (push v prefixes))))
        (dolist (prefix (nreverse prefixes))
          (add (funcall npm-bin (expand-file-name (if win "node_modules" "lib/node_modules") prefix))))))
    (delete-dups (nreverse out))))

(defun goalie-find-server (&optional dir)
  "The goalie executable seen from DIR, or nil (see `goalie-server-candidates')."
  (cl-find-if (lambda (f) (and (file-regular-p f) (file-executable-p f)))
              (goalie-server-candidates dir)))

(defun goalie--french-p ()
  "Whether the user reads French (the environment goalie itself reads)."
  (let ((lang (cl-some (lambda (v) (let ((x (getenv v))) (and x (> (length x) 0) x)))
                       '("GOALIE_LANG" "LC_ALL" "LC_MESSAGES" "LANG"))))
    (if lang
        (string-prefix-p "fr" (downcase lang))
      (equal current-language-environment "French"))))

(defun goalie-missing-server-message ()
  "What to tell someone whose goalie is nowhere, in their language."
  (if (goalie--french-p)
      (concat "goalie : le serveur de langage `goalie' est introuvable (exec-path, dossiers de pip, pipx, uv, npm et cargo). "
              "Installez-le sans Rust avec `pipx install goalie-cli', `uv tool install goalie-cli' ou `npm install -g goalie', "
              "ou depuis une archive de version, puis relancez M-x eglot ; ou réglez `goalie-server-command'.")
    (concat "goalie: the language server `goalie' was not found (exec-path, pip's, pipx's, uv's, npm's and cargo's folders). "
            "Install it without Rust with `pipx install goalie-cli', `uv tool install goalie-cli' or `npm install -g goalie', "
            "or from a release archive, then run M-x eglot again; or set `goalie-server-command'.")))

(defun goalie-eglot-contact (&optional _interactive)
  "The command eglot runs for goalie-mode: `goalie-server-command'.
A program given without a directory is looked for with
`goalie-find-server'; when it is nowhere, say how to install it."
  (let ((program (car goalie-server-command)))
    (cond
     ((file-name-directory program) goalie-server-command)
     ((executable-find program) goalie-server-command)
     ((not (equal program "goalie")) goalie-server-command)
     (t (let ((found (goalie-find-server)))
          (if found
              (cons found (cdr goalie-server-command))
            (user-error "%s" (goalie-missing-server-message))))))))

;; eglot: `goalie lsp' for goalie-mode buffers.  The server pulls its
;; settings (the `goalie' section) with workspace/configuration; set them in
;; `eglot-workspace-configuration', e.g. in .dir-locals.el:
;;   ((goalie-mode . ((eglot-workspace-configuration
;;                     . (:goalie (:lang "fr" :today "" :rules (:S101 "off")))))))
(defvar eglot-server-programs)
;;;###autoload
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(goalie-mode . goalie-eglot-contact)))

(provide 'goalie-mode)
;;; goalie-mode.el ends here
