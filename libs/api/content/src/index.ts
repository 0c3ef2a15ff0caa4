export { ContentModule } from './content.module';
export { publicSitePages } from './public-site/public-site.providers';
export { ImportCommandError, IMPORT_USAGE, parseImportArguments, runImportCommand } from './import/import-command';
