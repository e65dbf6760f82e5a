const path = require('path');
const { task, src, dest } = require('gulp');

// n8n loads a node's icon from the file path in its description, relative to the built node file.
task('build:icons', () =>
	src(path.resolve('icons', '**', '*.{png,svg}'), { encoding: false }).pipe(dest(path.resolve('dist', 'icons'))),
);
